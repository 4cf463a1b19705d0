package com.practiceflow.staff;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One search of one source for one person: an exclusion list (OIG LEIE, GSA SAM, state Medicaid) or a background check, with its evidence. */
@Entity
public class ScreeningSearch {

  /** Why the search was made. */
  public enum Occasion {
    PRE_HIRE, MONTHLY_RESCREEN
  }

  /** Where it was searched. */
  public enum Source {
    OIG_LEIE, GSA_SAM, STATE_MEDICAID, BACKGROUND_CHECK
  }

  /** What it found. */
  public enum Result {
    CLEAR, POSSIBLE_MATCH, UNRESOLVED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long staffId;
  @Enumerated(EnumType.STRING)
  private Occasion occasion;
  @Enumerated(EnumType.STRING)
  private Source source;
  private LocalDate searchedOn;
  private String namesSearched;
  @Enumerated(EnumType.STRING)
  private Result result;
  private String evidenceReference;
  private String searchedBy;
  private LocalDate retainUntil;

  protected ScreeningSearch() {
  }

  ScreeningSearch(Long staffId, Occasion occasion, Source source, LocalDate searchedOn, String namesSearched, Result result, String evidenceReference, String searchedBy, LocalDate retainUntil) {
    this.staffId = staffId;
    this.occasion = occasion;
    this.source = source;
    this.searchedOn = searchedOn;
    this.namesSearched = namesSearched;
    this.result = result;
    this.evidenceReference = evidenceReference;
    this.searchedBy = searchedBy;
    this.retainUntil = retainUntil;
  }

  public Long getId() {
    return id;
  }

  public Long getStaffId() {
    return staffId;
  }

  public Occasion getOccasion() {
    return occasion;
  }

  public Source getSource() {
    return source;
  }

  public LocalDate getSearchedOn() {
    return searchedOn;
  }

  public String getNamesSearched() {
    return namesSearched;
  }

  public Result getResult() {
    return result;
  }

  public String getEvidenceReference() {
    return evidenceReference;
  }

  public String getSearchedBy() {
    return searchedBy;
  }

  public LocalDate getRetainUntil() {
    return retainUntil;
  }
}
