package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordWriteOff}} on Task_RecordWriteOff: written off unless a manager refused. */
@Component("recordWriteOff")
class RecordWriteOffDelegate implements JavaDelegate {

  private final DisputeService disputes;

  RecordWriteOffDelegate(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispute dispute = disputes.get(id(execution, DISPUTE_ID));
    if (!flag(execution, WRITE_OFF_NEEDS_APPROVAL) || flag(execution, WRITE_OFF_APPROVED)) {
      disputes.writtenOff(dispute.getId(), dispute.getAmountAtStake());
    } else {
      disputes.step(dispute.getId(), Dispute.Status.OPEN, null);
    }
  }
}
