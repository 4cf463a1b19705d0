package com.practiceflow.complaints;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;

/** A patient complaint record (domain.md §2.4), kept 6 years after closure. Changed only by {@link ComplaintService}. */
@Entity
public class Complaint {

  /** Where a complaint is in its life. */
  public enum Status {
    RECEIVED, TRIAGED, ACKNOWLEDGED, INVESTIGATED, RESPONSE_DRAFTED, RESPONSE_APPROVED, CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  // the case reference, issued once and never changed: cases look their record up by it
  @NaturalId
  private String reference;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String channel;
  private String category;
  private boolean harmAlleged;
  private String description;
  private String patientName;
  private String patientReference;
  private String contactEmail;
  private String jurisdiction;
  private String severity;
  private String ownerGroup;
  private LocalDate receivedOn;
  private LocalDate acknowledgedOn;
  private String acknowledgementMethod;
  private LocalDate interimLetterSentOn;
  private String findings;
  private Boolean possibleBreach;
  private LocalDate breachAssessmentStartedOn;
  private LocalDate breachNotificationDue;
  private String breachOutcome;
  private String responseContact;
  private String responseSteps;
  private String responseResults;
  private LocalDate responseCompletionDate;
  private String responseApprovedBy;
  private LocalDate respondedOn;
  private LocalDate closedOn;
  private String outcome;
  private String rootCause;
  private LocalDate retainUntil;
  private String processInstanceId;
  private Instant createdAt;
  @Version
  private long version;

  protected Complaint() {
  }

  Complaint(String reference, ComplaintIntake intake, Instant createdAt) {
    this.reference = reference;
    this.status = Status.RECEIVED;
    this.channel = intake.channel();
    this.category = intake.category();
    this.harmAlleged = Boolean.TRUE.equals(intake.harmAlleged());
    this.description = intake.description();
    this.patientName = intake.patientName();
    this.patientReference = intake.patientReference();
    this.contactEmail = intake.contactEmail();
    this.jurisdiction = intake.jurisdiction();
    this.receivedOn = intake.receivedOn();
    this.createdAt = createdAt;
  }

  /** Set by a templated step of a redesigned process. */
  void status(Status status) {
    this.status = status;
  }

  void triaged(String severity, String ownerGroup) {
    this.severity = severity;
    this.ownerGroup = ownerGroup;
    this.status = Status.TRIAGED;
  }

  void acknowledged(LocalDate on, String method) {
    this.acknowledgedOn = on;
    this.acknowledgementMethod = method;
    this.status = Status.ACKNOWLEDGED;
  }

  void interimLetterSent(LocalDate on) {
    this.interimLetterSentOn = on;
  }

  void investigated(String findings, boolean possibleBreach) {
    this.findings = findings;
    this.possibleBreach = possibleBreach;
    this.status = Status.INVESTIGATED;
  }

  void breachAssessmentStarted(LocalDate on, LocalDate notificationDue) {
    this.breachAssessmentStartedOn = on;
    this.breachNotificationDue = notificationDue;
  }

  void breachAssessed(String outcome) {
    this.breachOutcome = outcome;
  }

  void responseDrafted(String contact, String steps, String results, LocalDate completionDate) {
    this.responseContact = contact;
    this.responseSteps = steps;
    this.responseResults = results;
    this.responseCompletionDate = completionDate;
    this.status = Status.RESPONSE_DRAFTED;
  }

  void responseApproved(String approver) {
    this.responseApprovedBy = approver;
    this.status = Status.RESPONSE_APPROVED;
  }

  void closed(LocalDate respondedOn, LocalDate closedOn, String outcome, String rootCause, int retentionYears) {
    this.respondedOn = respondedOn;
    this.closedOn = closedOn;
    this.outcome = outcome;
    this.rootCause = rootCause;
    this.retainUntil = closedOn.plusYears(retentionYears);
    this.status = Status.CLOSED;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public Status getStatus() { return status; }
  public String getChannel() { return channel; }
  public String getCategory() { return category; }
  public boolean isHarmAlleged() { return harmAlleged; }
  public String getDescription() { return description; }
  public String getPatientName() { return patientName; }
  public String getPatientReference() { return patientReference; }
  public String getContactEmail() { return contactEmail; }
  public String getJurisdiction() { return jurisdiction; }
  public String getSeverity() { return severity; }
  public String getOwnerGroup() { return ownerGroup; }
  public LocalDate getReceivedOn() { return receivedOn; }
  public LocalDate getAcknowledgedOn() { return acknowledgedOn; }
  public String getAcknowledgementMethod() { return acknowledgementMethod; }
  public LocalDate getInterimLetterSentOn() { return interimLetterSentOn; }
  public String getFindings() { return findings; }
  public Boolean getPossibleBreach() { return possibleBreach; }
  public LocalDate getBreachAssessmentStartedOn() { return breachAssessmentStartedOn; }
  public LocalDate getBreachNotificationDue() { return breachNotificationDue; }
  public String getBreachOutcome() { return breachOutcome; }
  public String getResponseContact() { return responseContact; }
  public String getResponseSteps() { return responseSteps; }
  public String getResponseResults() { return responseResults; }
  public LocalDate getResponseCompletionDate() { return responseCompletionDate; }
  public String getResponseApprovedBy() { return responseApprovedBy; }
  public LocalDate getRespondedOn() { return respondedOn; }
  public LocalDate getClosedOn() { return closedOn; }
  public String getOutcome() { return outcome; }
  public String getRootCause() { return rootCause; }
  public LocalDate getRetainUntil() { return retainUntil; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
}
