package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.security.CaseAccess;
import com.practiceflow.security.PracticeGroups;

/**
 * {@code ${applyComplaintTriage}} on Task_ApplyTriage: takes severity and owning group from the triage decision,
 * records them, and lets the owning group read this case.
 */
@Component("applyComplaintTriage")
class ApplyComplaintTriageDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final CaseAccess caseAccess;

  ApplyComplaintTriageDelegate(ComplaintService complaints, CaseAccess caseAccess) {
    this.complaints = complaints;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> triage = triage(execution);
    String severity = String.valueOf(triage.get(SEVERITY));
    String ownerGroup = String.valueOf(triage.get(OWNER_GROUP));
    if (!PracticeGroups.exists(ownerGroup)) {
      throw new IllegalStateException("complaint-triage.dmn routes to unknown group '" + ownerGroup + "'");
    }
    execution.setVariable(SEVERITY, severity);
    execution.setVariable(OWNER_GROUP, ownerGroup);
    complaints.triaged(complaints.ofCase(execution.getProcessBusinessKey()).getId(), severity, ownerGroup);
    caseAccess.allowGroupToRead(execution.getProcessInstanceId(), ownerGroup);
  }
}
