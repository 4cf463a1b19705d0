package com.practiceflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A claim as a remittance settled it. Member id is PHI: readable by billing and the managers only. */
@Entity
@Table(name = "claim")
public class ClaimRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long remittanceId;
  private String claimId;
  private String payerClaimNumber;
  @Column(name = "claim_status")
  private String status;
  private BigDecimal billed;
  private BigDecimal paid;
  private BigDecimal patientResponsibility;
  private String memberId;
  private LocalDate serviceDate;

  protected ClaimRecord() {
  }

  ClaimRecord(Long remittanceId, String claimId, String payerClaimNumber, String status, BigDecimal billed,
      BigDecimal paid, BigDecimal patientResponsibility, String memberId, LocalDate serviceDate) {
    this.remittanceId = remittanceId;
    this.claimId = claimId;
    this.payerClaimNumber = payerClaimNumber;
    this.status = status;
    this.billed = billed;
    this.paid = paid;
    this.patientResponsibility = patientResponsibility;
    this.memberId = memberId;
    this.serviceDate = serviceDate;
  }

  public Long getId() { return id; }
  public String getClaimId() { return claimId; }
  public String getPayerClaimNumber() { return payerClaimNumber; }
  public BigDecimal getBilled() { return billed; }
  public BigDecimal getPaid() { return paid; }
}
