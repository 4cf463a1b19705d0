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

  RecordReopeningDelegate(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = id(execution, DISPUTE_ID);
    disputes.step(id, Dispute.Status.REOPENING_REQUESTED, null);
    disputes.recovered(id, amount(execution, AMOUNT_RECOVERED));
  }
}
