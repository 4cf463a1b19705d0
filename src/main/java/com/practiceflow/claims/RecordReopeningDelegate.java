package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordReopening}} on Task_RecordReopening: requested, and what it brought. */
@Component("recordReopening")
class RecordReopeningDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;

  RecordReopeningDelegate(DisputeService disputes, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = cases.of(execution).getId();
    disputes.step(id, Dispute.Status.REOPENING_REQUESTED, null);
    disputes.recovered(id, amount(execution, AMOUNT_RECOVERED));
  }
}
