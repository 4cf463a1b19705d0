package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${startPolicyRevision}} on Task_StartRevision: a new approval round whose draft is the version in effect. */
@Component("startPolicyRevision")
class StartPolicyRevisionDelegate implements JavaDelegate {

  private final PolicyService policies;
  private final PolicyCases cases;
  private final PolicyProcesses processes;

  StartPolicyRevisionDelegate(PolicyService policies, PolicyProcesses processes, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
    this.processes = processes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    processes.startRevision(cases.policy(execution));
  }
}
