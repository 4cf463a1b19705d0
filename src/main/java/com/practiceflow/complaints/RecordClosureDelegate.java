package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;

/** {@code ${recordComplaintClosure}} on Task_RecordClosure: outcome, root cause, and the retention date. */
@Component("recordComplaintClosure")
class RecordClosureDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final Deadlines deadlines;

  RecordClosureDelegate(ComplaintService complaints, Deadlines deadlines) {
    this.complaints = complaints;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.closed(complaints.ofCase(execution.getProcessBusinessKey()).getId(), date(execution, RESPONDED_ON), deadlines.today(),
        string(execution, OUTCOME), string(execution, ROOT_CAUSE));
  }
}
