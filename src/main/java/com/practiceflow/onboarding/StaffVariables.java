package com.practiceflow.onboarding;

import static com.practiceflow.records.VariableValues.*;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The staff processes' variables, by name and type. Form field keys in {@code forms/staff/} are these names. */
public final class StaffVariables {

  public static final String CASE_REFERENCE = "caseReference";
  public static final String JOB_TITLE = "jobTitle";
  public static final String ROLE = "role";
  public static final String JUSTIFICATION = "justification";
  public static final String REQUESTED_BY = "requestedBy";
  public static final String ROLE_PROFILE = "roleProfile";
  public static final String REQUISITION_ID = "requisitionId";
  public static final String ROLE_GROUP = "roleGroup";
  public static final String CLINICAL = "clinical";
  public static final String LICENSED = "licensed";
  public static final String EXPOSURE = "exposure";
  public static final String INTERVIEW_GROUP = "interviewGroup";
  public static final String REQUISITION_APPROVED = "requisitionApproved";
  public static final String CANDIDATE_FIRST_NAME = "candidateFirstName";
  public static final String CANDIDATE_LAST_NAME = "candidateLastName";
  public static final String CANDIDATE_FORMER_NAMES = "candidateFormerNames";
  public static final String CANDIDATE_EMAIL = "candidateEmail";
  public static final String PROPOSED_START_DATE = "proposedStartDate";
  public static final String STAFF_ID = "staffId";
  public static final String STAFF_NAME = "staffName";
  public static final String NAMES_TO_SEARCH = "namesToSearch";
  public static final String BACKGROUND_RESULT = "backgroundResult";
  public static final String BACKGROUND_EVIDENCE = "backgroundEvidence";
  public static final String SEARCHED_ON = "searchedOn";
  public static final String LEIE_RESULT = "leieResult";
  public static final String SAM_RESULT = "samResult";
  public static final String MEDICAID_RESULT = "medicaidResult";
  public static final String EXCLUSION_EVIDENCE = "exclusionEvidence";
  public static final String LICENCE_TYPE = "licenceType";
  public static final String LICENCE_NUMBER = "licenceNumber";
  public static final String LICENCE_STATE = "licenceState";
  public static final String LICENCE_EXPIRES_ON = "licenceExpiresOn";
  public static final String LICENCE_VERIFIED_ON = "licenceVerifiedOn";
  public static final String LICENCE_VERIFICATION_METHOD = "licenceVerificationMethod";
  public static final String LICENCE_VERIFIED = "licenceVerified";
  public static final String NEW_LICENCE_EXPIRES_ON = "newLicenceExpiresOn";
  public static final String CREDENTIAL_ID = "credentialId";
  public static final String MONITORING_STOPS = "monitoringStops";
  public static final String BACKGROUND_CLEAR = "backgroundClear";
  public static final String EXCLUSION_CLEAR = "exclusionClear";
  public static final String LICENCE_CLEAR = "licenceClear";
  public static final String CHECKS_CLEAR = "checksClear";
  public static final String CHECKS_TO_REVIEW = "checksToReview";
  public static final String COMPLIANCE_DECISION = "complianceDecision";
  public static final String START_DATE = "startDate";
  public static final String STAFF_USER_ID = "staffUserId";
  public static final String STAFF_EMAIL = "staffEmail";
  public static final String I9_SECTION1_ON = "i9Section1On";
  public static final String I9_SECTION2_ON = "i9Section2On";
  public static final String HIPAA_TRAINING_ON = "hipaaTrainingOn";
  public static final String HIPAA_TRAINER = "hipaaTrainer";
  public static final String HIPAA_CONTENT_VERSION = "hipaaContentVersion";
  public static final String BLOODBORNE_TRAINING_ON = "bbpTrainingOn";
  public static final String BLOODBORNE_TRAINER = "bbpTrainer";
  public static final String BLOODBORNE_TRAINER_QUALIFICATIONS = "bbpTrainerQualifications";
  public static final String BLOODBORNE_CONTENT_VERSION = "bbpContentVersion";
  public static final String LAST_BLOODBORNE_TRAINING_ON = "lastBloodborneTrainingOn";
  public static final String VACCINE_OFFERED_ON = "vaccineOfferedOn";
  public static final String VACCINE_DECISION = "vaccineDecision";
  public static final String CHECK_IN_OUTCOME = "checkInOutcome";
  public static final String INTRODUCTORY_DECISION = "introductoryDecision";
  public static final String HIT_DECISION = "hitDecision";
  public static final String HIT_NOTES = "hitNotes";
  public static final String COMPLIANCE_RATIONALE = "complianceRationale";
  public static final String HANDBOOK_ACKNOWLEDGED = "handbookAcknowledged";
  /** Screening results: in the staff file once recorded, out of the process once the hire is decided. */
  public static final java.util.List<String> SCREENING_RESULTS = java.util.List.of(BACKGROUND_RESULT, LEIE_RESULT,
      SAM_RESULT, MEDICAID_RESULT, LICENCE_VERIFIED, COMPLIANCE_RATIONALE);
  public static final String POSSIBLE_MATCH = "possibleMatch";
  public static final String STAFF_IDS = "staffIds";
  public static final String STAFF_REFERENCE = "staffReference";
  public static final String LAST_DAY = "lastDay";
  public static final String LEAVING_REASON = "leavingReason";

  private StaffVariables() {
  }

  public static LocalDate requiredDate(VariableScope scope, String name) {
    LocalDate date = date(scope, name);
    if (date == null) {
      throw new IllegalArgumentException("The date '" + name + "' is missing");
    }
    return date;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> roleProfile(VariableScope scope) {
    Object value = scope.getVariable(ROLE_PROFILE);
    if (!(value instanceof Map)) {
      throw new IllegalStateException("staff-role-profile.dmn has no row for role '" + scope.getVariable(ROLE) + "'");
    }
    return (Map<String, Object>) value;
  }
}
