package com.practiceflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One appeal level of a dispute: its filing deadline, when it was filed, the payer's decision and what came back. */
@Entity
public class Appeal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long disputeId;
  @Column(name = "appeal_level")
  private int level;
  private LocalDate filingDeadline;
  private LocalDate filedOn;
  private String payerReference;
  private LocalDate decisionDueOn;
  private LocalDate decidedOn;
  private String outcome;
  private BigDecimal amountRecovered;

  protected Appeal() {
  }

  Appeal(Long disputeId, int level, LocalDate filingDeadline) {
    this.disputeId = disputeId;
    this.level = level;
    this.filingDeadline = filingDeadline;
  }

  void filed(LocalDate on, String payerReference, LocalDate decisionDueOn) {
    this.filedOn = on;
    this.payerReference = payerReference;
    this.decisionDueOn = decisionDueOn;
  }

  void decided(LocalDate on, String outcome, BigDecimal recovered) {
    this.decidedOn = on;
    this.outcome = outcome;
    this.amountRecovered = recovered;
  }

  public Long getId() { return id; }
  public Long getDisputeId() { return disputeId; }
  public int getLevel() { return level; }
  public LocalDate getFilingDeadline() { return filingDeadline; }
  public LocalDate getFiledOn() { return filedOn; }
  public LocalDate getDecisionDueOn() { return decisionDueOn; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public String getOutcome() { return outcome; }
  public BigDecimal getAmountRecovered() { return amountRecovered; }
}
