package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${recordComplaintInvestigation}} on Task_RecordInvestigation. */
@Component("recordComplaintInvestigation")
class RecordInvestigationDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordInvestigationDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaints.ofCase(execution.getProcessBusinessKey());
    routeFromRecord(execution, complaint);
    boolean possibleBreach = flag(execution, POSSIBLE_BREACH);
    execution.setVariable(POSSIBLE_BREACH, possibleBreach);
    complaints.investigated(complaint.getId(), string(execution, FINDINGS), possibleBreach);
  }
}
