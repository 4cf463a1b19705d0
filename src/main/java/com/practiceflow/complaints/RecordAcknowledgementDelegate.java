package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordComplaintAcknowledgement}} on Task_RecordAcknowledgement. */
@Component("recordComplaintAcknowledgement")
class RecordAcknowledgementDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordAcknowledgementDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaints.ofCase(execution.getProcessBusinessKey());
    routeFromRecord(execution, complaint);
    complaints.acknowledged(complaint.getId(), date(execution, ACKNOWLEDGED_ON),
        string(execution, ACKNOWLEDGEMENT_METHOD));
  }
}
