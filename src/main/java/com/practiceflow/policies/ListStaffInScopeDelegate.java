package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/** {@code ${listStaffInScope}} on Task_ListStaffInScope: everyone in the groups the policy applies to attests it. */
@Component("listStaffInScope")
class ListStaffInScopeDelegate implements JavaDelegate {

  private final PolicyService policies;
  private final PolicyCases cases;

  ListStaffInScopeDelegate(PolicyService policies, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ATTESTEES, new ArrayList<>(policies.staffInScope(cases.policy(execution).getId())));
  }
}
