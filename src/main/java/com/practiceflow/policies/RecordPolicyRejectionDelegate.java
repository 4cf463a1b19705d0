package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordPolicyRejection}} on Task_RecordRejection. */
@Component("recordPolicyRejection")
class RecordPolicyRejectionDelegate implements JavaDelegate {

  private final PolicyService policies;

  RecordPolicyRejectionDelegate(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    policies.rejected(id(execution, VERSION_ID));
  }
}
