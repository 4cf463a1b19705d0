package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordPolicyRevision}} on Task_RecordRevision: the revised content and its new checksum. */
@Component("recordPolicyRevision")
class RecordPolicyRevisionDelegate implements JavaDelegate {

  private final PolicyService policies;
  private final PolicyCases cases;

  RecordPolicyRevisionDelegate(PolicyService policies, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    policies.revise(cases.version(execution).getId(), string(execution, DOCUMENT_LINK), string(execution, POLICY_TEXT),
        flag(execution, MATERIAL_CHANGE));
  }
}
