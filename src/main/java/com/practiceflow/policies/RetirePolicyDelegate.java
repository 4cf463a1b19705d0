package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${retirePolicy}} on Task_RetirePolicy: recorded by the review decision; the policy leaves the inventory of active ones. */
@Component("retirePolicy")
class RetirePolicyDelegate implements JavaDelegate {

  private final PolicyService policies;

  RetirePolicyDelegate(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (policies.policy(id(execution, POLICY_ID)).getStatus() != Policy.Status.RETIRED) {
      throw new IllegalStateException("The review decision did not retire policy " + execution.getProcessBusinessKey());
    }
  }
}
