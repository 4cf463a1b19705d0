package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordPolicyRejection}} on Task_RecordRejection. */
@Component("recordPolicyRejection")
class RecordPolicyRejectionDelegate implements JavaDelegate {

  private final PolicyService policies;
  private final PolicyProcesses processes;

  RecordPolicyRejectionDelegate(PolicyService policies, PolicyProcesses processes) {
    this.policies = policies;
    this.processes = processes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    policies.rejected(id(execution, VERSION_ID));
    // a rejected revision leaves the version in force under review: its periodic review is scheduled again
    Policy policy = policies.policy(id(execution, POLICY_ID));
    if (policy.getStatus() == Policy.Status.ACTIVE && policy.getNextReviewOn() != null) {
      processes.scheduleReview(policy);
    }
  }
}
