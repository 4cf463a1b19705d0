package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordResponseDraft}} on Task_RecordResponseDraft: the four CMS elements of the written response. */
@Component("recordResponseDraft")
class RecordResponseDraftDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordResponseDraftDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaints.ofCase(execution.getProcessBusinessKey());
    routeFromRecord(execution, complaint);
    complaints.responseDrafted(complaint.getId(), string(execution, RESPONSE_CONTACT),
        string(execution, RESPONSE_STEPS), string(execution, RESPONSE_RESULTS),
        date(execution, RESPONSE_COMPLETION_DATE));
  }
}
