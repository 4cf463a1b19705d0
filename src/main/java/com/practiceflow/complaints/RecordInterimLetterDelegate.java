package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordInterimLetter}} on Task_RecordInterimLetter. */
@Component("recordInterimLetter")
class RecordInterimLetterDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordInterimLetterDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.interimLetterSent(complaints.ofCase(execution.getProcessBusinessKey()).getId(), date(execution, INTERIM_LETTER_SENT_ON));
  }
}
