package com.practiceflow.policies;

/** Ids in {@code processes/policy-approval.bpmn} and {@code policy-approver.dmn}. */
public final class PolicyApprovalProcess {

  public static final String KEY = "policyApproval";
  public static final String APPROVER_DECISION = "policyApprover";
  public static final String TASK_PEER_REVIEW = "Task_PeerReview";
  public static final String TASK_COMPLIANCE_REVIEW = "Task_ComplianceReview";
  public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
  public static final String TASK_APPROVE_POLICY = "Task_ApprovePolicy";
  public static final String TASK_REVISE_DRAFT = "Task_ReviseDraft";
  public static final String TASK_COLLECT_ATTESTATIONS = "Task_CollectAttestations";
  public static final String END_POLICY_REJECTED = "EndEvent_PolicyRejected";
  public static final String END_POLICY_PUBLISHED = "EndEvent_PolicyPublished";
  public static final String END_PUBLISHED_WITHOUT_ATTESTATION = "EndEvent_PublishedWithoutAttestation";

  private PolicyApprovalProcess() {
  }
}
