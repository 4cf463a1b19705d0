package com.practiceflow.policies;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A periodic review's decision: reaffirm, revise or retire. */
@Entity
public class PolicyReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long policyId;
  private int versionNumber;
  private String decision;
  private String decidedBy;
  private LocalDate decidedOn;
  private LocalDate retainUntil;

  protected PolicyReview() {
  }

  PolicyReview(Long policyId, int versionNumber, String decision, String decidedBy, LocalDate decidedOn,
      LocalDate retainUntil) {
    this.policyId = policyId;
    this.versionNumber = versionNumber;
    this.decision = decision;
    this.decidedBy = decidedBy;
    this.decidedOn = decidedOn;
    this.retainUntil = retainUntil;
  }

  public Long getId() { return id; }
  public Long getPolicyId() { return policyId; }
  public int getVersionNumber() { return versionNumber; }
  public String getDecision() { return decision; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public LocalDate getRetainUntil() { return retainUntil; }
}
