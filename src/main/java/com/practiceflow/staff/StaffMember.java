package com.practiceflow.staff;

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

/** A person hired, being hired, or who has left. Changed only by {@link StaffService}. */
@Entity
public class StaffMember {

  /** Where a person is in the staff lifecycle. */
  public enum Status {
    CHECKS_OPEN, IN_COMPLIANCE_REVIEW, CLEARED, WITHDRAWN, ACTIVE, LEAVING, LEFT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  // the case reference, issued once and never changed: cases look their record up by it
  @NaturalId
  private String reference;
  private Long requisitionId;
  private String firstName;
  private String lastName;
  private String formerNames;
  private String email;
  @Column(name = "staff_role")
  private String role;
  private String roleGroup;
  private boolean licensed;
  private boolean exposure;
  @Enumerated(EnumType.STRING)
  private Status status;
  private LocalDate startDate;
  private LocalDate leftOn;
  private String leavingReason;
  private String userId;
  private LocalDate retainUntil;
  private Instant createdAt;
  @Version
  private long version;

  protected StaffMember() {
  }

  StaffMember(String reference, Long requisitionId, NewStaffMember person, RoleProfile profile, Instant createdAt) {
    this.reference = reference;
    this.requisitionId = requisitionId;
    this.firstName = person.firstName();
    this.lastName = person.lastName();
    this.formerNames = person.formerNames();
    this.email = person.email();
    this.role = profile.role();
    this.roleGroup = profile.group();
    this.licensed = profile.licensed();
    this.exposure = profile.exposure();
    // no start date until every check is clear: the proposed date lives in the hiring process only
    this.status = Status.CHECKS_OPEN;
    this.createdAt = createdAt;
  }

  void status(Status status) {
    this.status = status;
  }

  void starts(LocalDate startDate) {
    this.startDate = startDate;
    this.status = Status.ACTIVE;
  }

  void userAccount(String userId) {
    this.userId = userId;
  }

  void left(LocalDate on, String reason, LocalDate retainUntil) {
    this.leftOn = on;
    this.leavingReason = reason;
    this.status = Status.LEFT;
    this.retainUntil = retainUntil;
  }

  /** All names to search in exclusion lists: the current name and every former one. */
  public java.util.List<String> namesToSearch() {
    java.util.List<String> names = new java.util.ArrayList<>();
    names.add(firstName + " " + lastName);
    if (formerNames != null) {
      for (String former : formerNames.split("[,;\\n]")) {
        if (!former.isBlank()) {
          names.add(former.trim());
        }
      }
    }
    return names;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public Long getRequisitionId() { return requisitionId; }
  public String getFirstName() { return firstName; }
  public String getLastName() { return lastName; }
  public String getFormerNames() { return formerNames; }
  public String getEmail() { return email; }
  public String getRole() { return role; }
  public String getRoleGroup() { return roleGroup; }
  public boolean isLicensed() { return licensed; }
  public boolean isExposure() { return exposure; }
  public Status getStatus() { return status; }
  public LocalDate getStartDate() { return startDate; }
  public LocalDate getLeftOn() { return leftOn; }
  public String getLeavingReason() { return leavingReason; }
  public String getUserId() { return userId; }
  public LocalDate getRetainUntil() { return retainUntil; }
  public Instant getCreatedAt() { return createdAt; }
}
