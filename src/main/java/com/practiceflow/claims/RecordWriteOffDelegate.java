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

  RecordWriteOffDelegate(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispute dispute = disputes.get(id(execution, DISPUTE_ID));
    disputes.writtenOff(dispute.getId(), dispute.outstanding());
  }
}
