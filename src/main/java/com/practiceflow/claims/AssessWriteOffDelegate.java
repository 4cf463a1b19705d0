package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${assessWriteOff}} on Task_AssessWriteOff: above the threshold a manager approves. */
@Component("assessWriteOff")
class AssessWriteOffDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;
  private final ClaimsProperties properties;

  AssessWriteOffDelegate(DisputeService disputes, ClaimsProperties properties, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispute dispute = disputes.get(cases.of(execution).getId());
    execution.setVariable(WRITE_OFF_NEEDS_APPROVAL,
        dispute.outstanding().compareTo(properties.getWriteOffApprovalThreshold()) > 0);
    disputes.step(dispute.getId(), Dispute.Status.WRITE_OFF_PENDING, null);
  }
}
