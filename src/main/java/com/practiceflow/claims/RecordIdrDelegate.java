package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordIdr}} on Task_RecordIdr. */
@Component("recordIdr")
class RecordIdrDelegate implements JavaDelegate {

  private final DisputeService disputes;

  RecordIdrDelegate(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disputes.step(id(execution, DISPUTE_ID), Dispute.Status.IDR_INITIATED, null);
  }
}
