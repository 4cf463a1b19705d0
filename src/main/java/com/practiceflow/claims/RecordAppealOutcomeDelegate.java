package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordAppealOutcome}} on Task_RecordAppealOutcome: the level's outcome and amount, and whether a next level exists (ALJ only above the amount in controversy). */
@Component("recordAppealOutcome")
class RecordAppealOutcomeDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;

  RecordAppealOutcomeDelegate(DisputeService disputes, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispute dispute = cases.of(execution);
    Long id = dispute.getId();
    int level = dispute.getAppealLevel();
    disputes.appealDecided(id, level, date(execution, DECISION_RECEIVED_ON), string(execution, APPEAL_OUTCOME),
        amount(execution, AMOUNT_RECOVERED));
    PayerRules payer = cases.payer(execution);
    boolean exists = payer.windowForLevel(level + 1) > 0;
    boolean enough = level + 1 != 3 || payer.level3Minimum().signum() == 0
        || disputes.get(id).outstanding().compareTo(payer.level3Minimum()) >= 0;
    execution.setVariable(NEXT_LEVEL_AVAILABLE, exists && enough);
  }
}
