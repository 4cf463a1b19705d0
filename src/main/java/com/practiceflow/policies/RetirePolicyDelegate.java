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
  private final PolicyCases cases;

  RetirePolicyDelegate(PolicyService policies, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (cases.policy(execution).getStatus() != Policy.Status.RETIRED) {
      throw new IllegalStateException("The review decision did not retire policy " + execution.getProcessBusinessKey());
    }
  }
}
