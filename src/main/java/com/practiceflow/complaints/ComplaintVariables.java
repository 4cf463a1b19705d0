package com.practiceflow.complaints;

import static com.practiceflow.records.VariableValues.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The complaint processes' variables, by name and type. Form field keys in {@code forms/complaints/} are these names.
 * Patient identity and contact details live only in the complaint record, never in process variables.
 */
public final class ComplaintVariables {

  public static final String COMPLAINT_ID = "complaintId";
  public static final String CASE_REFERENCE = "caseReference";
  public static final String CHANNEL = "channel";
  public static final String CATEGORY = "category";
  public static final String HARM_ALLEGED = "harmAlleged";
  public static final String DESCRIPTION = "description";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String JURISDICTION = "jurisdiction";
  public static final String PATIENT_NAME = "patientName";
  public static final String PATIENT_REFERENCE = "patientReference";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String TRIAGE = "triage";
  public static final String SEVERITY = "severity";
  public static final String OWNER_GROUP = "ownerGroup";
  public static final String ACKNOWLEDGED_ON = "acknowledgedOn";
  public static final String ACKNOWLEDGEMENT_METHOD = "acknowledgementMethod";
  public static final String INTERIM_LETTER_SENT_ON = "interimLetterSentOn";
  public static final String FINDINGS = "findings";
  public static final String POSSIBLE_BREACH = "possibleBreach";
  public static final String RESPONSE_CONTACT = "responseContact";
  public static final String RESPONSE_STEPS = "responseSteps";
  public static final String RESPONSE_RESULTS = "responseResults";
  public static final String RESPONSE_COMPLETION_DATE = "responseCompletionDate";
  public static final String RESPONSE_APPROVED = "responseApproved";
  public static final String APPROVAL_COMMENTS = "approvalComments";
  public static final String RESPONDED_ON = "respondedOn";
  public static final String OUTCOME = "outcome";
  public static final String ROOT_CAUSE = "rootCause";
  public static final String DISCOVERED_ON = "discoveredOn";
  public static final String NOTIFICATION_REQUIRED = "notificationRequired";
  public static final String INDIVIDUALS_NOTIFIED_ON = "individualsNotifiedOn";

  /** Intake fields that identify or contact the patient: moved into the record, then removed from the process. */
  static final List<String> PATIENT_DETAILS = List.of(PATIENT_NAME, PATIENT_REFERENCE, CONTACT_EMAIL);

  private ComplaintVariables() {
  }

  /** Re-states the routing from the record, so a variable sent with a task completion cannot re-route the case. */
  static void routeFromRecord(VariableScope scope, Complaint complaint) {
    scope.setVariable(SEVERITY, complaint.getSeverity());
    scope.setVariable(OWNER_GROUP, complaint.getOwnerGroup());
    scope.setVariable(COMPLAINT_ID, complaint.getId());
  }

  public static Long complaintId(VariableScope scope) {
    Object value = scope.getVariable(COMPLAINT_ID);
    return value == null ? null : ((Number) value).longValue();
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> triage(VariableScope scope) {
    Object value = scope.getVariable(TRIAGE);
    if (!(value instanceof Map)) {
      throw new IllegalStateException("The triage decision gave no result: check complaint-triage.dmn covers category "
          + scope.getVariable(CATEGORY));
    }
    return (Map<String, Object>) value;
  }
}
