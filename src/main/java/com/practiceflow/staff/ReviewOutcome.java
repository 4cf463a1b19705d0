package com.practiceflow.staff;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A decision about a person: 30/60/90-day check-ins, the introductory-period decision, a compliance review. */
@Entity
public class ReviewOutcome {

  /** Which review. */
  public enum Kind {
    CHECK_IN_30, CHECK_IN_60, CHECK_IN_90, INTRODUCTORY_PERIOD, COMPLIANCE_REVIEW, EXCLUSION_HIT_REVIEW,
    POLICY_ACKNOWLEDGEMENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long staffId;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String outcome;
  private LocalDate decidedOn;
  private String decidedBy;
  private LocalDate retainUntil;

  protected ReviewOutcome() {
  }

  ReviewOutcome(Long staffId, Kind kind, String outcome, LocalDate decidedOn, String decidedBy, LocalDate retainUntil) {
    this.staffId = staffId;
    this.kind = kind;
    this.outcome = outcome;
    this.decidedOn = decidedOn;
    this.decidedBy = decidedBy;
    this.retainUntil = retainUntil;
  }

  public Long getId() {
    return id;
  }

  public Long getStaffId() {
    return staffId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getOutcome() {
    return outcome;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }
}
