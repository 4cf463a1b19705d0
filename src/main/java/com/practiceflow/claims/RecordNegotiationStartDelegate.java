package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import com.practiceflow.calendar.Deadlines;

/** {@code ${recordNegotiationStart}} on Task_RecordNegotiationStart: negotiation runs 30 business days from the notice. */
@Component("recordNegotiationStart")
class RecordNegotiationStartDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;
  private final Deadlines deadlines;

  RecordNegotiationStartDelegate(DisputeService disputes, Deadlines deadlines, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate start = date(execution, NEGOTIATION_STARTED_ON);
    LocalDate ends = deadlines.dueDay(start, "nsa-negotiation", null);
    execution.setVariable(NEGOTIATION_ENDS_ON, ends.toString());
    disputes.step(cases.of(execution).getId(), Dispute.Status.IN_NEGOTIATION, ends);
  }
}
