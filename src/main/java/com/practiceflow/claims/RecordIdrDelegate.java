package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import com.practiceflow.calendar.Deadlines;

/** {@code ${recordIdr}} on Task_RecordIdr. */
@Component("recordIdr")
class RecordIdrDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;
  private final Deadlines deadlines;

  RecordIdrDelegate(DisputeService disputes, Deadlines deadlines, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the 4-business-day window is a hard stop: a later initiation is recorded as a missed window, not an IDR
    LocalDate lastDay = deadlines.dueDay(date(execution, NEGOTIATION_ENDS_ON), "nsa-idr-initiation", null);
    LocalDate initiated = date(execution, IDR_INITIATED_ON);
    boolean inTime = initiated != null && !initiated.isAfter(lastDay);
    disputes.step(cases.of(execution).getId(), inTime ? Dispute.Status.IDR_INITIATED : Dispute.Status.IDR_WINDOW_MISSED,
        null);
  }
}
