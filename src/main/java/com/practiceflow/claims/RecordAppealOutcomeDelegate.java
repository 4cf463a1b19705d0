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
  private final ClaimRules rules;

  RecordAppealOutcomeDelegate(DisputeService disputes, ClaimRules rules) {
    this.disputes = disputes;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = id(execution, DISPUTE_ID);
    int level = number(execution, APPEAL_LEVEL);
    disputes.appealDecided(id, level, date(execution, DECISION_RECEIVED_ON), string(execution, APPEAL_OUTCOME),
        amount(execution, AMOUNT_RECOVERED));
    PayerRules payer = rules.payer(string(execution, PAYER_ID));
    boolean exists = payer.windowForLevel(level + 1) > 0;
    boolean enough = level + 1 != 3 || payer.level3Minimum().signum() == 0
        || disputes.get(id).outstanding().compareTo(payer.level3Minimum()) >= 0;
    execution.setVariable(NEXT_LEVEL_AVAILABLE, exists && enough);
  }
}
