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
  private final PolicyCases cases;
  private final PolicyProcesses processes;

  RecordPolicyRejectionDelegate(PolicyService policies, PolicyProcesses processes, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
    this.processes = processes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    policies.rejected(cases.version(execution).getId());
    // a rejected revision leaves the version in force under review: its periodic review is scheduled again
    Policy policy = cases.policy(execution);
    if (policy.getStatus() == Policy.Status.ACTIVE && policy.getNextReviewOn() != null) {
      processes.scheduleReview(policy);
    }
  }
}
