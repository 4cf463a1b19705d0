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

  ListStaffInScopeDelegate(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ATTESTEES, new ArrayList<>(policies.staffInScope(id(execution, POLICY_ID))));
  }
}
