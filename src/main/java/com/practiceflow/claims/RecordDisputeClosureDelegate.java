package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;

/** {@code ${recordDisputeClosure}} on Task_RecordDisputeClosure: final amount and root cause. */
@Component("recordDisputeClosure")
class RecordDisputeClosureDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;
  private final Deadlines deadlines;

  RecordDisputeClosureDelegate(DisputeService disputes, Deadlines deadlines, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disputes.closed(cases.of(execution).getId(), amount(execution, FINAL_AMOUNT), string(execution, ROOT_CAUSE),
        deadlines.today());
  }
}
