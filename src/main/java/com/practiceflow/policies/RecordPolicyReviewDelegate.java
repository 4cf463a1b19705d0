package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;

/** {@code ${recordPolicyReview}} on Task_RecordReviewDecision: reaffirm (next review counted from today), revise or retire. */
@Component("recordPolicyReview")
class RecordPolicyReviewDelegate implements JavaDelegate {

  private final PolicyService policies;
  private final PolicyCases cases;
  private final Deadlines deadlines;

  RecordPolicyReviewDelegate(PolicyService policies, Deadlines deadlines, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long policyId = cases.policy(execution).getId();
    String decision = string(execution, REVIEW_DECISION);
    policies.reviewed(policyId, decision, string(execution, POLICY_OWNER), deadlines.today());
    Policy policy = policies.policy(policyId);
    if (policy.getNextReviewOn() != null) {
      execution.setVariable(NEXT_REVIEW_ON, policy.getNextReviewOn().toString());
    }
  }
}
