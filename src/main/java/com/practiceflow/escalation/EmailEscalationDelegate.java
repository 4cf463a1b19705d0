package com.practiceflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.notification.NotificationKeys;

/** {@code ${emailEscalation}}: the ladder's last step, emailing the managers; async and retried on its own. */
@Component("emailEscalation")
class EmailEscalationDelegate implements JavaDelegate {

  private final EscalationService escalation;

  EmailEscalationDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.emailEscalation(LadderVariables.ladderTaskId(execution), LadderVariables.caseReference(execution),
        NotificationKeys.of(execution));
  }
}
