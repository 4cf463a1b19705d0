package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.security.PracticeGroups;

/** {@code ${registerPolicyDraft}} on Task_RegisterDraft: the policy (when new) and a numbered draft version. */
@Component("registerPolicyDraft")
class RegisterPolicyDraftDelegate implements JavaDelegate {

  private final PolicyService policies;
  private final Deadlines deadlines;

  RegisterPolicyDraftDelegate(PolicyService policies, Deadlines deadlines) {
    this.policies = policies;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> scope = groups(execution, SCOPE_GROUPS);
    String ownerGroup = string(execution, OWNER_GROUP);
    if (string(execution, TITLE) == null || scope.isEmpty() || ownerGroup == null
        || !scope.stream().allMatch(PracticeGroups::exists) || !PracticeGroups.exists(ownerGroup)) {
      throw new IllegalArgumentException("A policy needs a title, an owning department and the groups it applies to");
    }
    PolicyVersion version = policies.draft(new PolicyDraft(string(execution, POLICY_REFERENCE),
        string(execution, TITLE), string(execution, CATEGORY), string(execution, POLICY_OWNER), ownerGroup, scope,
        string(execution, DOCUMENT_LINK), string(execution, POLICY_TEXT), date(execution, EFFECTIVE_ON),
        number(execution, REVIEW_INTERVAL_MONTHS, 12), flag(execution, MATERIAL_CHANGE)), deadlines.today());
    Policy policy = policies.policy(version.getPolicyId());
    execution.setProcessBusinessKey(policy.getReference());
    execution.setVariable(POLICY_ID, policy.getId());
    execution.setVariable(VERSION_ID, version.getId());
    execution.setVariable(CASE_REFERENCE, policy.getReference() + " v" + version.getNumber());
    execution.setVariable(SCOPE_GROUPS, String.join(",", scope));
    if (execution.getVariable(DRAFT_FROM_REVIEW) == null) {
      execution.setVariable(DRAFT_FROM_REVIEW, false);
    }
    if (!flag(execution, DRAFT_FROM_REVIEW)) {
      policies.inReview(version.getId());
    }
  }
}
