package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordWriteOff}} on Task_RecordWriteOff: what is still outstanding (a refused write-off never gets here). */
@Component("recordWriteOff")
class RecordWriteOffDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;

  RecordWriteOffDelegate(DisputeService disputes, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispute dispute = disputes.get(cases.of(execution).getId());
    disputes.writtenOff(dispute.getId(), dispute.outstanding());
  }
}
