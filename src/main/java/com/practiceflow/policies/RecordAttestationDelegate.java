package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import com.practiceflow.security.OwnTasks;

/** {@code ${recordAttestation}} on Task_RecordAttestation: who acknowledged which version, when. */
@Component("recordAttestation")
class RecordAttestationDelegate implements JavaDelegate {

  private final PolicyService policies;
  private final PolicyCases cases;
  private final OwnTasks ownTasks;

  RecordAttestationDelegate(PolicyService policies, OwnTasks ownTasks, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
    this.ownTasks = ownTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!flag(execution, "acknowledged")) {
      throw new IllegalArgumentException("Tick the acknowledgement to confirm you read the policy");
    }
    // who acknowledged is who the own-task guard let complete the task, not a variable
    String attestee = ownTasks.completerIn(execution.getProcessInstanceId()).orElse(string(execution, ATTESTEE));
    policies.attested(cases.version(execution).getId(), attestee, ClockUtil.getCurrentTime().toInstant());
  }
}
