package com.practiceflow.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Form I-9 completion dates; kept until 3 years after hire or 1 year after leaving, whichever is later. */
@Entity
@Table(name = "i9_record")
public class I9Record {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long staffId;
  @Column(name = "section1_on")
  private LocalDate section1On;
  @Column(name = "section2_on")
  private LocalDate section2On;
  private LocalDate retainUntil;

  protected I9Record() {
  }

  I9Record(Long staffId, LocalDate section1On, LocalDate section2On, LocalDate retainUntil) {
    this.staffId = staffId;
    this.section1On = section1On;
    this.section2On = section2On;
    this.retainUntil = retainUntil;
  }

  void section1(LocalDate on) {
    this.section1On = on;
  }

  void section2(LocalDate on) {
    this.section2On = on;
  }

  void retainUntil(LocalDate until) {
    this.retainUntil = until;
  }

  public Long getId() {
    return id;
  }

  public Long getStaffId() {
    return staffId;
  }

  public LocalDate getSection1On() {
    return section1On;
  }

  public LocalDate getSection2On() {
    return section2On;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }
}
