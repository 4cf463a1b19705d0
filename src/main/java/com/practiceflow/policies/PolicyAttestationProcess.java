package com.practiceflow.policies;

/** Ids in {@code processes/policy-attestation.bpmn}. */
public final class PolicyAttestationProcess {

  public static final String KEY = "policyAttestation";
  public static final String TASK_ACKNOWLEDGE_POLICY = "Task_AcknowledgePolicy";

  private PolicyAttestationProcess() {
  }
}
