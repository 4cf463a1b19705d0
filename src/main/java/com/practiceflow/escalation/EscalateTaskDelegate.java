package com.practiceflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${escalateTask}}: the ladder's second step, after the grace-period timer. Sends no mail. */
@Component("escalateTask")
class EscalateTaskDelegate implements JavaDelegate {

  private final EscalationService escalation;

  EscalateTaskDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.escalate(LadderVariables.ladderTaskId(execution), LadderVariables.caseReference(execution),
        execution.getProcessInstanceId());
  }
}
