package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.practiceflow.calendar.CalendarProperties;
import com.practiceflow.security.StartRights;
import com.practiceflow.security.inputs.Gate;

/**
 * Starts a complaint from the intake API: the record and the process instance are created in one transaction, so
 * a refused start (no permission, bad model) leaves no record behind. Runs as the calling user, so Camunda checks
 * that user's right to start complaints.
 */
@Component
class ComplaintStarter {

  /** What the caller gets back. */
  record Started(String reference, String processInstanceId) {
  }

  private final ComplaintService complaints;
  private final RuntimeService runtimeService;
  private final CalendarProperties calendar;
  private final StartRights startRights;

  ComplaintStarter(ComplaintService complaints, RuntimeService runtimeService, CalendarProperties calendar,
      StartRights startRights) {
    this.startRights = startRights;
    this.complaints = complaints;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
  }

  @Transactional
  public Started start(ComplaintIntake received) {
    ComplaintIntake intake = received.withDefaults(calendar.getJurisdiction());
    startRights.require(ComplaintResolutionProcess.KEY, "complaints"); // before a reference is drawn
    Complaint complaint = complaints.receive(intake);
    VariableMap variables = Variables.createVariables()
        .putValue(COMPLAINT_ID, complaint.getId())
        .putValue(CASE_REFERENCE, complaint.getReference())
        .putValue(CHANNEL, intake.channel())
        .putValue(CATEGORY, intake.category())
        .putValue(HARM_ALLEGED, Boolean.TRUE.equals(intake.harmAlleged()))
        .putValue(DESCRIPTION, intake.description())
        .putValue(RECEIVED_ON, intake.receivedOn().toString())
        .putValue(JURISDICTION, intake.jurisdiction());
    // the variables are the intake's, validated above, not a form's: the engine still checks the right to start
    ProcessInstance instance = Gate.asApplication(() -> runtimeService.startProcessInstanceByKey(
        ComplaintResolutionProcess.KEY, complaint.getReference(), variables));
    return new Started(complaint.getReference(), instance.getId());
  }
}
