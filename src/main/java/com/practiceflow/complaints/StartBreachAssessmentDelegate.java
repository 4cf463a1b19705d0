package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.security.CaseAccess;
import com.practiceflow.security.PracticeGroups;

/**
 * {@code ${startBreachAssessment}} on Task_StartBreachAssessment: the investigation found a possible impermissible
 * disclosure, so today is the discovery date and the 60-calendar-day notification clock (45 CFR 164.404(b)) starts.
 */
@Component("startBreachAssessment")
class StartBreachAssessmentDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final RuntimeService runtimeService;
  private final Deadlines deadlines;
  private final CaseAccess caseAccess;

  StartBreachAssessmentDelegate(ComplaintService complaints, RuntimeService runtimeService, Deadlines deadlines,
      CaseAccess caseAccess) {
    this.complaints = complaints;
    this.runtimeService = runtimeService;
    this.deadlines = deadlines;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate discoveredOn = deadlines.today();
    String jurisdiction = string(execution, JURISDICTION);
    String reference = execution.getProcessBusinessKey() + ComplaintService.BREACH_SUFFIX;
    String instanceId = runtimeService.startProcessInstanceByKey(BreachAssessmentProcess.KEY, reference,
        Variables.createVariables().putValue(COMPLAINT_ID, complaints.ofCase(execution.getProcessBusinessKey()).getId())
            .putValue(CASE_REFERENCE, reference).putValue(JURISDICTION, jurisdiction)
            .putValue(DISCOVERED_ON, discoveredOn.toString())).getId();
    LocalDate due = deadlines.dueDay(discoveredOn, "breach-notification", jurisdiction);
    complaints.breachAssessmentStarted(complaints.ofCase(execution.getProcessBusinessKey()).getId(), discoveredOn, due);
    caseAccess.allowGroupToRead(instanceId, PracticeGroups.COMPLIANCE);
  }
}
