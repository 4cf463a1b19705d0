package com.practiceflow.claims;

import java.math.BigDecimal;
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

import org.hibernate.annotations.NaturalId;

/** A denied or underpaid claim line worked to an outcome (domain.md §4.6). Changed only by {@link DisputeService}. */
@Entity
public class Dispute {

  /** Why the case was opened. */
  public enum Type {
    DENIAL, UNDERPAYMENT, MANUAL
  }

  /** Where the case is. */
  public enum Status {
    OPEN, RESUBMITTED, REOPENING_REQUESTED, APPEALED, IN_NEGOTIATION, IDR_INITIATED, IDR_WINDOW_MISSED,
    WRITE_OFF_PENDING, WRITTEN_OFF, CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  // the case reference, issued once and never changed: cases look their record up by it
  @NaturalId
  private String reference;
  private String sourceKey;
  @Enumerated(EnumType.STRING)
  @Column(name = "dispute_type")
  private Type type;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String bucket;
  private String ownerGroup;
  private String nextStep;
  private String payerKey;
  private String payerName;
  private String product;
  private String claimRef;
  private String payerClaimNumber;
  private String procedureCode;
  private LocalDate serviceDate;
  private BigDecimal billed;
  private BigDecimal allowed;
  private BigDecimal paid;
  private BigDecimal expected;
  private BigDecimal amountAtStake;
  private String groupCode;
  private String carc;
  private String rarc;
  private LocalDate noticeDate;
  private LocalDate receivedOn;
  private LocalDate timelyFilingDeadline;
  private LocalDate currentDeadline;
  private int appealLevel;
  private BigDecimal amountRecovered;
  private BigDecimal writeOffAmount;
  private BigDecimal finalAmount;
  private String rootCause;
  private LocalDate closedOn;
  private Long serviceLineId;
  private String processInstanceId;
  private Instant createdAt;
  @Version
  private long version;

  protected Dispute() {
  }

  Dispute(String reference, String sourceKey, Type type, DisputeFacts facts, Instant createdAt) {
    this.reference = reference;
    this.sourceKey = sourceKey;
    this.type = type;
    this.status = Status.OPEN;
    this.payerKey = facts.payerKey();
    this.payerName = facts.payerName();
    this.product = facts.product();
    this.claimRef = facts.claimRef();
    this.payerClaimNumber = facts.payerClaimNumber();
    this.procedureCode = facts.procedureCode();
    this.serviceDate = facts.serviceDate();
    this.billed = facts.billed();
    this.allowed = facts.allowed();
    this.paid = facts.paid();
    this.expected = facts.expected();
    this.amountAtStake = facts.amountAtStake();
    this.groupCode = facts.groupCode();
    this.carc = facts.carc();
    this.rarc = facts.rarc();
    this.noticeDate = facts.noticeDate();
    this.receivedOn = facts.receivedOn();
    this.timelyFilingDeadline = facts.timelyFilingDeadline();
    this.serviceLineId = facts.serviceLineId();
    this.createdAt = createdAt;
  }

  void triaged(String bucket, String ownerGroup, String nextStep) {
    this.bucket = bucket;
    this.ownerGroup = ownerGroup;
    this.nextStep = nextStep;
  }

  void step(Status status, LocalDate deadline) {
    this.status = status;
    this.currentDeadline = deadline;
  }

  void appealLevel(int level, LocalDate deadline) {
    this.appealLevel = level;
    this.status = Status.APPEALED;
    this.currentDeadline = deadline;
  }

  void recovered(BigDecimal amount) {
    this.amountRecovered = (amountRecovered == null ? BigDecimal.ZERO : amountRecovered).add(amount);
  }

  void writtenOff(BigDecimal amount) {
    this.writeOffAmount = amount;
    this.status = Status.WRITTEN_OFF;
  }

  void closed(BigDecimal finalAmount, String rootCause, LocalDate on) {
    this.finalAmount = finalAmount;
    this.rootCause = rootCause;
    this.closedOn = on;
    this.status = Status.CLOSED;
    this.currentDeadline = null;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public Type getType() { return type; }
  public Status getStatus() { return status; }
  public String getBucket() { return bucket; }
  public String getOwnerGroup() { return ownerGroup; }
  public String getNextStep() { return nextStep; }
  public String getPayerKey() { return payerKey; }
  public String getPayerName() { return payerName; }
  public String getProduct() { return product; }
  public String getClaimRef() { return claimRef; }
  public String getPayerClaimNumber() { return payerClaimNumber; }
  public String getProcedureCode() { return procedureCode; }
  public LocalDate getServiceDate() { return serviceDate; }
  public BigDecimal getBilled() { return billed; }
  public BigDecimal getAllowed() { return allowed; }
  public BigDecimal getPaid() { return paid; }
  public BigDecimal getExpected() { return expected; }
  public BigDecimal getAmountAtStake() { return amountAtStake; }

  /** What is still to be won: the amount at stake less what has been recovered so far. */
  public BigDecimal outstanding() {
    return amountRecovered == null ? amountAtStake : amountAtStake.subtract(amountRecovered).max(BigDecimal.ZERO);
  }
  public String getGroupCode() { return groupCode; }
  public String getCarc() { return carc; }
  public String getRarc() { return rarc; }
  public LocalDate getNoticeDate() { return noticeDate; }
  public LocalDate getReceivedOn() { return receivedOn; }
  public LocalDate getTimelyFilingDeadline() { return timelyFilingDeadline; }
  public LocalDate getCurrentDeadline() { return currentDeadline; }
  public int getAppealLevel() { return appealLevel; }
  public BigDecimal getAmountRecovered() { return amountRecovered; }
  public BigDecimal getWriteOffAmount() { return writeOffAmount; }
  public BigDecimal getFinalAmount() { return finalAmount; }
  public String getRootCause() { return rootCause; }
  public LocalDate getClosedOn() { return closedOn; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
}
