package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** {@code ${recordAttestation}} on Task_RecordAttestation: who acknowledged which version, when. */
@Component("recordAttestation")
class RecordAttestationDelegate implements JavaDelegate {

  private final PolicyService policies;

  RecordAttestationDelegate(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!flag(execution, "acknowledged")) {
      throw new IllegalArgumentException("Tick the acknowledgement to confirm you read the policy");
    }
    policies.attested(id(execution, VERSION_ID), string(execution, ATTESTEE),
        ClockUtil.getCurrentTime().toInstant());
  }
}
