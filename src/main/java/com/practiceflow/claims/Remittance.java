package com.practiceflow.claims;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One imported 835 file; its checksum makes a second import of the same file a no-op. */
@Entity
public class Remittance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String checksum;
  private String fileName;
  private String traceNumber;
  private String payerId;
  private String payerName;
  private LocalDate paymentDate;
  private Instant importedAt;
  private String importedBy;

  protected Remittance() {
  }

  Remittance(String checksum, String fileName, String traceNumber, String payerId, String payerName,
      LocalDate paymentDate, Instant importedAt, String importedBy) {
    this.checksum = checksum;
    this.fileName = fileName;
    this.traceNumber = traceNumber;
    this.payerId = payerId;
    this.payerName = payerName;
    this.paymentDate = paymentDate;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public Long getId() { return id; }
  public String getChecksum() { return checksum; }
  public String getTraceNumber() { return traceNumber; }
  public String getPayerId() { return payerId; }
  public LocalDate getPaymentDate() { return paymentDate; }
}
