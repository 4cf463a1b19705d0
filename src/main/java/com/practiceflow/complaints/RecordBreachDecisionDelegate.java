package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordBreachDecision}} on the breach assessment's record steps: the four-factor outcome, then the date
 * individuals were notified.
 */
@Component("recordBreachDecision")
class RecordBreachDecisionDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordBreachDecisionDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome;
    if (date(execution, INDIVIDUALS_NOTIFIED_ON) != null) {
      outcome = "individuals notified on " + date(execution, INDIVIDUALS_NOTIFIED_ON);
    } else if (flag(execution, NOTIFICATION_REQUIRED)) {
      outcome = "notification required";
    } else {
      outcome = "low probability of compromise (documented)";
    }
    complaints.breachAssessed(complaints.ofCase(execution.getProcessBusinessKey()).getId(), outcome);
  }
}
