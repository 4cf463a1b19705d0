package com.practiceflow.staff;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A completed training: what, when, who trained, which content version (OSHA 1910.1030(h)(2); HIPAA 164.530(b)). */
@Entity
public class TrainingRecord {

  /** Kinds of training the practice records. */
  public enum Type {
    HIPAA_PRIVACY_AND_SECURITY, BLOODBORNE_PATHOGENS
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long staffId;
  @Enumerated(EnumType.STRING)
  private Type trainingType;
  private LocalDate completedOn;
  private String trainer;
  private String trainerQualifications;
  private String contentVersion;
  private LocalDate retainUntil;

  protected TrainingRecord() {
  }

  TrainingRecord(Long staffId, Type trainingType, LocalDate completedOn, String trainer, String trainerQualifications, String contentVersion, LocalDate retainUntil) {
    this.staffId = staffId;
    this.trainingType = trainingType;
    this.completedOn = completedOn;
    this.trainer = trainer;
    this.trainerQualifications = trainerQualifications;
    this.contentVersion = contentVersion;
    this.retainUntil = retainUntil;
  }

  public Long getId() {
    return id;
  }

  public Long getStaffId() {
    return staffId;
  }

  public Type getTrainingType() {
    return trainingType;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getTrainer() {
    return trainer;
  }

  public String getTrainerQualifications() {
    return trainerQualifications;
  }

  public String getContentVersion() {
    return contentVersion;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }
}
