package com.practiceflow.policies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;

/** A policy in the practice's master inventory; its content lives in its {@link PolicyVersion}s. */
@Entity
public class Policy {

  /** Active while a version is (or is about to be) in effect. */
  public enum Status {
    DRAFT, ACTIVE, RETIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  // the case reference, issued once and never changed: cases look their record up by it
  @NaturalId
  private String reference;
  private String title;
  private String category;
  private String ownerUser;
  private String ownerGroup;
  private String scopeGroups;
  private int reviewIntervalMonths;
  private LocalDate nextReviewOn;
  @Enumerated(EnumType.STRING)
  private Status status;
  /** The version number staff must have attested: the latest published version with a material change. */
  private Integer attestationVersion;
  private Instant createdAt;
  @Version
  @Column(name = "version")
  private long lockVersion;

  protected Policy() {
  }

  Policy(String reference, String title, String category, String ownerUser, String ownerGroup, List<String> scope,
      int reviewIntervalMonths, Instant createdAt) {
    this.reference = reference;
    this.status = Status.DRAFT;
    this.createdAt = createdAt;
    describe(title, category, ownerGroup, scope, reviewIntervalMonths);
    this.ownerUser = ownerUser;
  }

  void describe(String title, String category, String ownerGroup, List<String> scope, int reviewIntervalMonths) {
    this.title = title;
    this.category = category;
    this.ownerGroup = ownerGroup;
    this.scopeGroups = String.join(",", scope);
    this.reviewIntervalMonths = reviewIntervalMonths;
  }

  void published(int versionNumber, boolean attestationRequired, LocalDate effectiveOn) {
    this.status = Status.ACTIVE;
    if (attestationRequired) {
      this.attestationVersion = versionNumber;
    }
    this.nextReviewOn = effectiveOn.plusMonths(reviewIntervalMonths);
  }

  void reaffirmed(LocalDate on) {
    this.nextReviewOn = on.plusMonths(reviewIntervalMonths);
  }

  void retired() {
    this.status = Status.RETIRED;
    this.nextReviewOn = null;
  }

  public List<String> scope() {
    return Arrays.stream(scopeGroups.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getTitle() { return title; }
  public String getCategory() { return category; }
  public String getOwnerUser() { return ownerUser; }
  public String getOwnerGroup() { return ownerGroup; }
  public String getScopeGroups() { return scopeGroups; }
  public int getReviewIntervalMonths() { return reviewIntervalMonths; }
  public LocalDate getNextReviewOn() { return nextReviewOn; }
  public Status getStatus() { return status; }
  public Integer getAttestationVersion() { return attestationVersion; }
}
