package com.practiceflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.notification.NotificationKeys;

/** {@code ${escalateTask}}: the ladder's second step, after the grace-period timer; async, so mail retries. */
@Component("escalateTask")
class EscalateTaskDelegate implements JavaDelegate {

  private final EscalationService escalation;

  EscalateTaskDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.escalate(execution.getProcessInstanceId(), LadderVariables.ladderTask(execution),
        LadderVariables.caseReference(execution), NotificationKeys.of(execution));
  }
}
