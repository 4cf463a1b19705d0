package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** {@code ${recordAppealFiled}} on Task_RecordAppealFiled: filed on, payer reference, and when the decision is due. */
@Component("recordAppealFiled")
class RecordAppealFiledDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;

  RecordAppealFiledDelegate(DisputeService disputes, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate filed = date(execution, APPEAL_FILED_ON);
    Dispute dispute = cases.of(execution);
    disputes.appealFiled(dispute.getId(), dispute.getAppealLevel(), filed,
        string(execution, PAYER_REFERENCE), filed.plusDays(number(execution, DECISION_DAYS)));
  }
}
