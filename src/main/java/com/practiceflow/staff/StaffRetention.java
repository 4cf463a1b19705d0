package com.practiceflow.staff;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code practiceflow.staff.retention.*}: how many years each kind of staff record is kept. Defaults: HIPAA
 * documentation 6 years (45 CFR 164.316(b)(2)); bloodborne-pathogens training 3 years (29 CFR 1910.1030(h)(2)(ii));
 * I-9 3 years after hire or 1 year after leaving, whichever is later (8 CFR 274a.2(b)(2)(i)); vaccination records the
 * duration of employment plus 30 years (29 CFR 1910.1020(d)(1)(i)).
 */
@ConfigurationProperties("practiceflow.staff.retention")
public class StaffRetention {

  private int hipaaYears = 6;
  private int bloodborneTrainingYears = 3;
  private int i9YearsAfterHire = 3;
  private int i9YearsAfterLeaving = 1;
  private int vaccineYearsAfterEmployment = 30;

  LocalDate hipaa(LocalDate from) {
    return from.plusYears(hipaaYears);
  }

  LocalDate bloodborneTraining(LocalDate completed) {
    return completed.plusYears(bloodborneTrainingYears);
  }

  LocalDate i9(LocalDate hired, LocalDate left) {
    LocalDate afterHire = hired.plusYears(i9YearsAfterHire);
    if (left == null) {
      return afterHire;
    }
    LocalDate afterLeaving = left.plusYears(i9YearsAfterLeaving);
    return afterHire.isAfter(afterLeaving) ? afterHire : afterLeaving;
  }

  LocalDate vaccine(LocalDate from) {
    return from.plusYears(vaccineYearsAfterEmployment);
  }

  public int getHipaaYears() { return hipaaYears; }
  public void setHipaaYears(int v) { hipaaYears = v; }
  public int getBloodborneTrainingYears() { return bloodborneTrainingYears; }
  public void setBloodborneTrainingYears(int v) { bloodborneTrainingYears = v; }
  public int getI9YearsAfterHire() { return i9YearsAfterHire; }
  public void setI9YearsAfterHire(int v) { i9YearsAfterHire = v; }
  public int getI9YearsAfterLeaving() { return i9YearsAfterLeaving; }
  public void setI9YearsAfterLeaving(int v) { i9YearsAfterLeaving = v; }
  public int getVaccineYearsAfterEmployment() { return vaccineYearsAfterEmployment; }
  public void setVaccineYearsAfterEmployment(int v) { vaccineYearsAfterEmployment = v; }
}
