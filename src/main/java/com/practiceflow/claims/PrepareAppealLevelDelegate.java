package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** {@code ${prepareAppealLevel}} on Task_PrepareAppealLevel: the next level's filing deadline, counted in calendar days from the date the prior decision was received. */
@Component("prepareAppealLevel")
class PrepareAppealLevelDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;
  private final ClaimRules rules;

  PrepareAppealLevelDelegate(DisputeService disputes, ClaimRules rules, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispute dispute = cases.of(execution);
    Long id = dispute.getId();
    int level = dispute.getAppealLevel() + 1;
    PayerRules payer = cases.payer(execution);
    int window = payer.windowForLevel(level);
    if (window <= 0) {
      throw new IllegalStateException(payer.payerName() + " has no appeal level " + level + " in payer-rules.dmn");
    }
    LocalDate from = level == 1 ? date(execution, RECEIVED_ON) : date(execution, DECISION_RECEIVED_ON);
    LocalDate deadline = from.plusDays(window);
    disputes.prepareLevel(id, level, deadline);
    execution.setVariable(APPEAL_LEVEL, level);
    execution.setVariable(FILING_DEADLINE, deadline.toString());
    execution.setVariable(NEEDS_CLINICAL_LETTER, "medical-necessity".equals(string(execution, BUCKET)));
    // a new level starts blank: Tasklist would otherwise offer the last level's answers again
    for (String previous : List.of(APPEAL_FILED_ON, PAYER_REFERENCE, DECISION_RECEIVED_ON, APPEAL_OUTCOME,
        AMOUNT_RECOVERED)) {
      execution.removeVariable(previous);
    }
    execution.setVariable(PURSUE_NEXT_LEVEL, false);
  }
}
