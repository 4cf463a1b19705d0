package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffJoinedGroup;

/** Starts the policy processes that follow publication, review and a new staff member joining a group. */
@Component
class PolicyProcesses {

  private final RuntimeService runtimeService;
  private final PolicyService policies;

  PolicyProcesses(RuntimeService runtimeService, PolicyService policies) {
    this.runtimeService = runtimeService;
    this.policies = policies;
  }

  /** One periodic review per policy: a new publication replaces the one waiting. */
  void scheduleReview(Policy policy) {
    for (ProcessInstance waiting : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PolicyReviewProcess.KEY).processInstanceBusinessKey(policy.getReference()).list()) {
      runtimeService.deleteProcessInstance(waiting.getId(), "a new version was published", false, true);
    }
    runtimeService.startProcessInstanceByKey(PolicyReviewProcess.KEY, policy.getReference(),
        Variables.createVariables().putValue(POLICY_ID, policy.getId()).putValue(CASE_REFERENCE, policy.getReference())
            .putValue(POLICY_OWNER, policy.getOwnerUser()).putValue(TITLE, policy.getTitle())
            .putValue(NEXT_REVIEW_ON, policy.getNextReviewOn().toString()));
  }

  void startRevision(Policy policy) {
    PolicyVersion current = policies.current(policy.getId()).orElseThrow();
    runtimeService.startProcessInstanceByKey(PolicyApprovalProcess.KEY, policy.getReference(),
        Variables.createVariables().putValue(POLICY_REFERENCE, policy.getReference()).putValue(TITLE, policy.getTitle())
            .putValue(CATEGORY, policy.getCategory()).putValue(OWNER_GROUP, policy.getOwnerGroup())
            .putValue(POLICY_OWNER, policy.getOwnerUser()).putValue(SCOPE_GROUPS, policy.getScopeGroups())
            .putValue(DOCUMENT_LINK, current.getDocumentLink()).putValue(POLICY_TEXT, current.getPolicyText())
            .putValue(REVIEW_INTERVAL_MONTHS, policy.getReviewIntervalMonths()).putValue(MATERIAL_CHANGE, false)
            .putValue(DRAFT_FROM_REVIEW, true));
  }

  /** A new member of a group gets the attestation of every active policy that applies to it, as now in force. */
  @EventListener
  void on(StaffJoinedGroup joined) {
    for (PolicyVersion version : policies.toAttestFor(joined.group())) {
      Policy policy = policies.policy(version.getPolicyId());
      runtimeService.startProcessInstanceByKey(PolicyAttestationProcess.KEY, policy.getReference(),
          Variables.createVariables().putValue(POLICY_ID, policy.getId()).putValue(VERSION_ID, version.getId())
              .putValue(CASE_REFERENCE, policy.getReference() + " v" + version.getNumber())
              .putValue(ATTESTEE, joined.userId()).putValue(TITLE, policy.getTitle())
              .putValue(DOCUMENT_LINK, version.getDocumentLink()).putValue(POLICY_TEXT, version.getPolicyText()));
    }
  }
}
