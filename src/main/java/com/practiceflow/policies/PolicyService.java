package com.practiceflow.policies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.practiceflow.records.CaseReferences;
import com.practiceflow.records.Jpql;
import com.practiceflow.records.RecordsByReference;
import com.practiceflow.security.GroupMembers;

/** Keeps the policy inventory: versions, publication, retirement, attestations and review decisions. */
@Service
@Transactional
public class PolicyService {

  public static final String REFERENCE_PREFIX = "POL";
  private static final String VERSION_IN_FORCE =
      "select v from PolicyVersion v where v.policyId = ?1 and v.status = ?2";
  private static final String ATTESTED = "select 1 from Attestation a where a.versionId = ?1 and a.userId = ?2";

  private final Policies policies;
  private final PolicyVersions versions;
  private final Attestations attestations;
  private final PolicyReviews reviews;
  private final CaseReferences references;
  private final RecordsByReference lookup;
  private final Jpql jpql;
  private final GroupMembers members;
  private final int retentionYears;

  PolicyService(Policies policies, PolicyVersions versions, Attestations attestations, PolicyReviews reviews,
      CaseReferences references, RecordsByReference lookup, Jpql jpql, GroupMembers members,
      @Value("${practiceflow.policies.retention-years:6}") int retentionYears) {
    this.policies = policies;
    this.versions = versions;
    this.attestations = attestations;
    this.reviews = reviews;
    this.references = references;
    this.lookup = lookup;
    this.jpql = jpql;
    this.members = members;
    this.retentionYears = retentionYears;
  }

  /** A new policy's first draft, or the next version of an existing one. */
  public PolicyVersion draft(PolicyDraft draft, LocalDate today) {
    Policy policy;
    if (draft.policyReference() == null) {
      policy = policies.save(new Policy(references.next(REFERENCE_PREFIX, today.getYear()), draft.title(),
          draft.category(), draft.owner(), draft.ownerGroup(), draft.scope(), draft.reviewIntervalMonths(),
          Instant.now()));
    } else {
      policy = byReference(draft.policyReference());
      if (policy.getStatus() == Policy.Status.RETIRED) {
        throw new IllegalArgumentException("Policy " + draft.policyReference() + " is retired: draft a new policy");
      }
      // a revision's title, scope and owner take effect when it is published, not while it is a draft
    }
    int number = versions.findByPolicyIdOrderByNumber(policy.getId()).size() + 1;
    PolicyVersion version = new PolicyVersion(policy.getId(), number, draft.documentLink(), draft.text(),
        checksum(draft.documentLink(), draft.text()), draft.materialChange(), draft.effectiveOn(), Instant.now());
    version.propose(draft);
    return versions.save(version);
  }

  /** What a version proposes for its policy: title, category, owner, scope and review interval. */
  public PolicyDraft proposal(Long versionId) {
    PolicyVersion version = version(versionId);
    return version.proposal(policy(version.getPolicyId()));
  }

  /** The draft goes to its reviewers. */
  public void inReview(Long versionId) {
    version(versionId).inReview();
  }

  /** The owner's revision goes back to the reviewers. */
  public void revise(Long versionId, String documentLink, String text, boolean materialChange) {
    PolicyVersion version = version(versionId);
    version.revised(documentLink, text, checksum(documentLink, text));
    version.materialChange(materialChange);
    version.inReview();
  }

  public void approved(Long versionId, String approver, LocalDate on) {
    version(versionId).approved(approver, on);
  }

  public void rejected(Long versionId) {
    version(versionId).rejected();
  }

  /** Publishes the version; the one in effect until now is retired and kept. Returns whether staff must attest. */
  public boolean publish(Long versionId, PolicyDraft approved, LocalDate today) {
    PolicyVersion version = version(versionId);
    Policy policy = policy(version.getPolicyId());
    policy.describe(approved.title(), approved.category(), approved.ownerGroup(), approved.scope(),
        approved.reviewIntervalMonths());
    LocalDate effective = version.getEffectiveOn() == null || version.getEffectiveOn().isBefore(today) ? today
        : version.getEffectiveOn();
    current(policy.getId()).ifPresent(previous -> previous.retired(effective, retentionYears));
    version.published(effective);
    boolean attest = version.isMaterialChange() || policy.getAttestationVersion() == null;
    policy.published(version.getNumber(), attest, effective);
    return attest;
  }

  public List<String> staffInScope(Long policyId) {
    return members.userIds(policy(policyId).scope());
  }

  /** Idempotent: a second acknowledgement of the same version by the same person changes nothing. */
  public void attested(Long versionId, String userId, Instant at) {
    if (!jpql.exists(ATTESTED, versionId, userId)) {
      attestations.save(new Attestation(version(versionId).getPolicyId(), versionId, userId, at, "tasklist"));
    }
  }

  public void reviewed(Long policyId, String decision, String by, LocalDate on) {
    Policy policy = policy(policyId);
    int current = current(policyId).map(PolicyVersion::getNumber).orElse(0);
    reviews.save(new PolicyReview(policyId, current, decision, by, on, on.plusYears(retentionYears)));
    if ("reaffirm".equals(decision)) {
      policy.reaffirmed(on);
    } else if ("retire".equals(decision)) {
      current(policyId).ifPresent(v -> v.retired(on, retentionYears));
      policy.retired();
    }
  }

  /** Who has and who has not yet acknowledged the version staff must attest. */
  @Transactional(readOnly = true)
  public AttestationReport report(String reference) {
    Policy policy = byReference(reference);
    if (policy.getAttestationVersion() == null) {
      return new AttestationReport(reference, null, 0, 0, 1.0, List.of());
    }
    // an acknowledgement of the version to attest, or of any later one, counts
    Set<String> attested = versions.findByPolicyIdOrderByNumber(policy.getId()).stream()
        .filter(v -> v.getNumber() >= policy.getAttestationVersion())
        .flatMap(v -> attestations.findByVersionId(v.getId()).stream()).map(Attestation::getUserId)
        .collect(Collectors.toSet());
    List<String> inScope = members.userIds(policy.scope());
    List<String> outstanding = inScope.stream().filter(u -> !attested.contains(u)).toList();
    int done = inScope.size() - outstanding.size();
    return new AttestationReport(reference, policy.getAttestationVersion(), inScope.size(), done,
        inScope.isEmpty() ? 1.0 : (double) done / inScope.size(), outstanding);
  }

  /** The policies in force, by reference. */
  @Transactional(readOnly = true)
  public List<Policy> active() {
    return policies.findByStatus(Policy.Status.ACTIVE).stream()
        .sorted(java.util.Comparator.comparing(Policy::getReference)).toList();
  }

  /** The versions in force of the active policies that apply to {@code group}: what a new member must read. */
  @Transactional(readOnly = true)
  public List<PolicyVersion> toAttestFor(String group) {
    return policies.findByStatus(Policy.Status.ACTIVE).stream().filter(p -> p.scope().contains(group))
        .map(p -> current(p.getId())).flatMap(java.util.Optional::stream).toList();
  }

  @Transactional(readOnly = true)
  public java.util.Optional<PolicyVersion> current(Long policyId) {
    return jpql.first(PolicyVersion.class, VERSION_IN_FORCE, policyId, PolicyVersion.Status.PUBLISHED);
  }

  @Transactional(readOnly = true)
  public List<PolicyVersion> versions(Long policyId) {
    return versions.findByPolicyIdOrderByNumber(policyId);
  }

  @Transactional(readOnly = true)
  public List<PolicyReview> reviews(Long policyId) {
    return reviews.findByPolicyIdOrderById(policyId);
  }

  @Transactional(readOnly = true)
  public List<Attestation> attestations(Long versionId) {
    return attestations.findByVersionId(versionId);
  }

  public Policy policy(Long id) {
    return policies.findById(id).orElseThrow(() -> new IllegalStateException("No policy #" + id));
  }

  public Policy byReference(String reference) {
    return lookup.find(Policy.class, reference.trim())
        .orElseThrow(() -> new IllegalArgumentException("No policy " + reference));
  }

  public PolicyVersion version(Long id) {
    return versions.findById(id).orElseThrow(() -> new IllegalStateException("No policy version #" + id));
  }

  static String checksum(String link, String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(((link == null ? "" : link) + "\n"
          + (text == null ? "" : text)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
