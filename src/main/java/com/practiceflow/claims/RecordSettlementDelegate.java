package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordSettlement}} on Task_RecordSettlement: the amount agreed in open negotiation. */
@Component("recordSettlement")
class RecordSettlementDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;

  RecordSettlementDelegate(DisputeService disputes, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = cases.of(execution).getId();
    disputes.recovered(id, amount(execution, AMOUNT_RECOVERED));
    disputes.step(id, Dispute.Status.IN_NEGOTIATION, null);
  }
}
