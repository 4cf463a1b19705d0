package com.practiceflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service line: procedure, amounts, and its adjustments ({@code CO-45:30.00;PR-2:24.00}) and remarks. */
@Entity
@Table(name = "service_line")
public class ServiceLineRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "claim_id")
  private Long claimRecordId;
  private int lineNumber;
  private String procedureCode;
  private String modifiers;
  private BigDecimal billed;
  private BigDecimal allowed;
  private BigDecimal paid;
  private int units;
  private LocalDate serviceDate;
  private String adjustments;
  private String remarks;

  protected ServiceLineRecord() {
  }

  ServiceLineRecord(Long claimRecordId, int lineNumber, String procedureCode, String modifiers, BigDecimal billed,
      BigDecimal allowed, BigDecimal paid, int units, LocalDate serviceDate, String adjustments, String remarks) {
    this.claimRecordId = claimRecordId;
    this.lineNumber = lineNumber;
    this.procedureCode = procedureCode;
    this.modifiers = modifiers;
    this.billed = billed;
    this.allowed = allowed;
    this.paid = paid;
    this.units = units;
    this.serviceDate = serviceDate;
    this.adjustments = adjustments;
    this.remarks = remarks;
  }

  public Long getId() { return id; }
  public String getProcedureCode() { return procedureCode; }
  public String getAdjustments() { return adjustments; }
}
