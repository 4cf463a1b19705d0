package com.practiceflow.staff;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The hepatitis B vaccination offer and the person's decision (29 CFR 1910.1030(f)(2)); a declination is signed. */
@Entity
public class VaccineOffer {

  /** Accepted, or declined with the Appendix A statement signed. */
  public enum Decision {
    ACCEPTED, DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long staffId;
  private LocalDate offeredOn;
  @Enumerated(EnumType.STRING)
  private Decision decision;
  private LocalDate retainUntil;

  protected VaccineOffer() {
  }

  VaccineOffer(Long staffId, LocalDate offeredOn, Decision decision, LocalDate retainUntil) {
    this.staffId = staffId;
    this.offeredOn = offeredOn;
    this.decision = decision;
    this.retainUntil = retainUntil;
  }

  /** Vaccination records are kept for the duration of employment plus 30 years: final once the person leaves. */
  void retainUntil(LocalDate until) {
    this.retainUntil = until;
  }

  public Long getId() {
    return id;
  }

  public Long getStaffId() {
    return staffId;
  }

  public LocalDate getOfferedOn() {
    return offeredOn;
  }

  public Decision getDecision() {
    return decision;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }
}
