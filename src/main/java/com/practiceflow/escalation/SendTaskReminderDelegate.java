package com.practiceflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.notification.NotificationKeys;

/** {@code ${sendTaskReminder}}: the ladder's first step, after a task's due-date timer; async, so mail retries. */
@Component("sendTaskReminder")
class SendTaskReminderDelegate implements JavaDelegate {

  private final EscalationService escalation;

  SendTaskReminderDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.remind(LadderVariables.ladderTaskId(execution), LadderVariables.caseReference(execution),
        NotificationKeys.of(execution));
  }
}
