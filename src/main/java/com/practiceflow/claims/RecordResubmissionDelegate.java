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
  private final DisputeCases cases;

  RecordResubmissionDelegate(DisputeService disputes, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disputes.step(cases.of(execution).getId(), Dispute.Status.RESUBMITTED, null);
  }
}
