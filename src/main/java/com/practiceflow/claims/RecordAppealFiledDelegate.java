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

  RecordAppealFiledDelegate(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate filed = date(execution, APPEAL_FILED_ON);
    disputes.appealFiled(id(execution, DISPUTE_ID), number(execution, APPEAL_LEVEL), filed,
        string(execution, PAYER_REFERENCE), filed.plusDays(number(execution, DECISION_DAYS)));
  }
}
