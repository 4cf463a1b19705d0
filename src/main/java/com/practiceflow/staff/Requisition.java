package com.practiceflow.staff;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A manager's request to hire for a role, and the decision on it. */
@Entity
public class Requisition {

  /** Where a requisition stands. */
  public enum Status {
    REQUESTED, APPROVED, REJECTED, FILLED, WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String reference;
  private String jobTitle;
  @Column(name = "staff_role")
  private String role;
  private String justification;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String requestedBy;
  private String decidedBy;
  private LocalDate decidedOn;
  private Instant createdAt;
  @Version
  private long version;

  protected Requisition() {
  }

  Requisition(String reference, String jobTitle, String role, String justification, String requestedBy,
      Instant createdAt) {
    this.reference = reference;
    this.jobTitle = jobTitle;
    this.role = role;
    this.justification = justification;
    this.requestedBy = requestedBy;
    this.status = Status.REQUESTED;
    this.createdAt = createdAt;
  }

  void decided(Status status, String by, LocalDate on) {
    this.status = status;
    this.decidedBy = by;
    this.decidedOn = on;
  }

  void status(Status status) {
    this.status = status;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getJobTitle() { return jobTitle; }
  public String getRole() { return role; }
  public String getJustification() { return justification; }
  public Status getStatus() { return status; }
  public String getRequestedBy() { return requestedBy; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDate getDecidedOn() { return decidedOn; }
}
