package com.practiceflow.staff;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A licence or certification required for the role, verified at the primary source (the issuing board). */
@Entity
public class Credential {

  /** The outcome of primary-source verification. */
  public enum Status {
    VERIFIED, UNVERIFIABLE, EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long staffId;
  private String credentialType;
  private String credentialNumber;
  private String issuingState;
  private LocalDate expiresOn;
  private LocalDate verifiedOn;
  private String verificationMethod;
  @Enumerated(EnumType.STRING)
  private Status status;
  private LocalDate retainUntil;

  protected Credential() {
  }

  Credential(Long staffId, String credentialType, String credentialNumber, String issuingState, LocalDate expiresOn, LocalDate verifiedOn, String verificationMethod, Status status, LocalDate retainUntil) {
    this.staffId = staffId;
    this.credentialType = credentialType;
    this.credentialNumber = credentialNumber;
    this.issuingState = issuingState;
    this.expiresOn = expiresOn;
    this.verifiedOn = verifiedOn;
    this.verificationMethod = verificationMethod;
    this.status = status;
    this.retainUntil = retainUntil;
  }

  void renewed(LocalDate newExpiry, LocalDate verifiedOn, String method, LocalDate retainUntil) {
    this.expiresOn = newExpiry;
    this.verifiedOn = verifiedOn;
    this.verificationMethod = method;
    this.status = Status.VERIFIED;
    this.retainUntil = retainUntil;
  }

  public Long getId() {
    return id;
  }

  public Long getStaffId() {
    return staffId;
  }

  public String getCredentialType() {
    return credentialType;
  }

  public String getCredentialNumber() {
    return credentialNumber;
  }

  public String getIssuingState() {
    return issuingState;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public LocalDate getVerifiedOn() {
    return verifiedOn;
  }

  public String getVerificationMethod() {
    return verificationMethod;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }
}
