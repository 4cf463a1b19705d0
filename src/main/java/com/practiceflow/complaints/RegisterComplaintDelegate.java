package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.CalendarProperties;
import com.practiceflow.security.inputs.InputRefusedException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * {@code ${registerComplaint}} on Task_RegisterComplaint. A complaint from the API already has its record; one from
 * the Tasklist start form gets it here, validated like the API (a refusal stops the start and tells the user why).
 * Patient details move into the record and leave the process.
 */
@Component("registerComplaint")
class RegisterComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final Validator validator;
  private final CalendarProperties calendar;

  RegisterComplaintDelegate(ComplaintService complaints, Validator validator, CalendarProperties calendar) {
    this.complaints = complaints;
    this.validator = validator;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = complaintId(execution);
    if (id == null) {
      ComplaintIntake intake = new ComplaintIntake(string(execution, CHANNEL), string(execution, CATEGORY),
          string(execution, DESCRIPTION), date(execution, RECEIVED_ON), string(execution, PATIENT_NAME),
          string(execution, PATIENT_REFERENCE), string(execution, CONTACT_EMAIL), string(execution, JURISDICTION),
          flag(execution, HARM_ALLEGED)).withDefaults(calendar.getJurisdiction());
      Set<ConstraintViolation<ComplaintIntake>> violations = validator.validate(intake);
      if (!violations.isEmpty()) {
        throw new InputRefusedException("The complaint was not registered: " + violations.stream()
            .map(v -> ComplaintIntake.label(v.getPropertyPath().toString()) + " " + v.getMessage()).sorted()
            .collect(Collectors.joining("; ")));
      }
      Complaint complaint = complaints.receive(intake);
      id = complaint.getId();
      execution.setVariable(COMPLAINT_ID, id);
      execution.setVariable(CASE_REFERENCE, complaint.getReference());
      execution.setVariable(JURISDICTION, intake.jurisdiction());
      execution.setVariable(RECEIVED_ON, intake.receivedOn().toString());
      execution.setProcessBusinessKey(complaint.getReference());
    } else {
      Complaint complaint = complaints.get(id);
      // only the intake API's own fresh record may be attached; a start carrying another case's id is refused
      if (complaint.getProcessInstanceId() != null
          || !complaint.getReference().equals(execution.getProcessBusinessKey())) {
        throw new IllegalArgumentException("The complaint was not registered: complaintId does not belong to this start");
      }
    }
    execution.removeVariables(PATIENT_DETAILS);
    complaints.startedAs(id, execution.getProcessInstanceId());
  }
}
