package com.practiceflow.policies;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One numbered version of a policy, from draft to retirement, with the checksum of what was approved. */
@Entity
public class PolicyVersion {

  /** Where a version is in its life. */
  public enum Status {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, RETIRED, REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long policyId;
  private int number;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String documentLink;
  private String policyText;
  private String checksum;
  private boolean materialChange;
  private LocalDate effectiveOn;
  private LocalDate retiredOn;
  private String approver;
  private LocalDate approvedOn;
  private LocalDate retainUntil;
  private Instant createdAt;
  private String proposedTitle;
  private String proposedCategory;
  private String proposedOwnerUser;
  private String proposedOwnerGroup;
  private String proposedScopeGroups;
  private Integer proposedReviewIntervalMonths;

  protected PolicyVersion() {
  }

  PolicyVersion(Long policyId, int number, String documentLink, String policyText, String checksum,
      boolean materialChange, LocalDate effectiveOn, Instant createdAt) {
    this.policyId = policyId;
    this.number = number;
    this.status = Status.DRAFT;
    this.documentLink = documentLink;
    this.policyText = policyText;
    this.checksum = checksum;
    this.materialChange = materialChange;
    this.effectiveOn = effectiveOn;
    this.createdAt = createdAt;
  }

  /** What the draft proposes for the policy, in force once this version is published. */
  void propose(PolicyDraft draft) {
    this.proposedTitle = draft.title();
    this.proposedCategory = draft.category();
    this.proposedOwnerUser = draft.owner();
    this.proposedOwnerGroup = draft.ownerGroup();
    this.proposedScopeGroups = String.join(",", draft.scope());
    this.proposedReviewIntervalMonths = draft.reviewIntervalMonths();
  }

  /** The proposal, or for a version drafted before proposals were kept, the policy as it stands. */
  PolicyDraft proposal(Policy policy) {
    boolean kept = proposedCategory != null;
    return new PolicyDraft(policy.getReference(), kept ? proposedTitle : policy.getTitle(),
        kept ? proposedCategory : policy.getCategory(), kept ? proposedOwnerUser : policy.getOwnerUser(),
        kept ? proposedOwnerGroup : policy.getOwnerGroup(),
        kept ? java.util.Arrays.stream(proposedScopeGroups.split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .toList() : policy.scope(), documentLink, policyText, effectiveOn,
        kept ? proposedReviewIntervalMonths : policy.getReviewIntervalMonths(), materialChange);
  }

  void revised(String documentLink, String policyText, String checksum) {
    this.documentLink = documentLink;
    this.policyText = policyText;
    this.checksum = checksum;
    this.status = Status.DRAFT;
  }

  void materialChange(boolean material) {
    this.materialChange = material;
  }

  void inReview() {
    this.status = Status.IN_REVIEW;
  }

  void approved(String approver, LocalDate on) {
    this.approver = approver;
    this.approvedOn = on;
    this.status = Status.APPROVED;
  }

  void rejected() {
    this.status = Status.REJECTED;
  }

  void published(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
    this.status = Status.PUBLISHED;
  }

  void retired(LocalDate on, int retentionYears) {
    this.retiredOn = on;
    this.retainUntil = on.plusYears(retentionYears);
    this.status = Status.RETIRED;
  }

  public Long getId() { return id; }
  public Long getPolicyId() { return policyId; }
  public int getNumber() { return number; }
  public Status getStatus() { return status; }
  public String getDocumentLink() { return documentLink; }
  public String getPolicyText() { return policyText; }
  public String getChecksum() { return checksum; }
  public boolean isMaterialChange() { return materialChange; }
  public LocalDate getEffectiveOn() { return effectiveOn; }
  public LocalDate getRetiredOn() { return retiredOn; }
  public String getApprover() { return approver; }
  public LocalDate getApprovedOn() { return approvedOn; }
  public LocalDate getRetainUntil() { return retainUntil; }
}
