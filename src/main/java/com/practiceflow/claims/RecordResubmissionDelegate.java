package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordResubmission}} on Task_RecordResubmission. */
@Component("recordResubmission")
class RecordResubmissionDelegate implements JavaDelegate {

  private final DisputeService disputes;

  RecordResubmissionDelegate(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disputes.step(id(execution, DISPUTE_ID), Dispute.Status.RESUBMITTED, null);
  }
}
