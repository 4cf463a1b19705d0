package com.practiceflow.policies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Policies. Queries are JPQL, planned once, not derived (docs/benchmarks.md, tuning step 11). */
interface Policies extends JpaRepository<Policy, Long> {

  @Query("select p from Policy p where p.reference = ?1")
  Optional<Policy> findByReference(String reference);

  @Query("select p from Policy p where p.status = ?1")
  List<Policy> findByStatus(Policy.Status status);
}

/** Policy versions. */
interface PolicyVersions extends JpaRepository<PolicyVersion, Long> {

  @Query("select v from PolicyVersion v where v.policyId = ?1 order by v.number")
  List<PolicyVersion> findByPolicyIdOrderByNumber(Long policyId);

  @Query("select v from PolicyVersion v where v.policyId = ?1 and v.number = ?2")
  Optional<PolicyVersion> findByPolicyIdAndNumber(Long policyId, int number);

  @Query("select v from PolicyVersion v where v.policyId = ?1 and v.status = ?2 order by v.number desc limit 1")
  Optional<PolicyVersion> findFirstByPolicyIdAndStatus(Long policyId, PolicyVersion.Status status);
}

/** Attestations. */
interface Attestations extends JpaRepository<Attestation, Long> {

  @Query("select a from Attestation a where a.versionId = ?1")
  List<Attestation> findByVersionId(Long versionId);

  @Query("select count(a) > 0 from Attestation a where a.versionId = ?1 and a.userId = ?2")
  boolean existsByVersionIdAndUserId(Long versionId, String userId);
}

/** Review decisions. */
interface PolicyReviews extends JpaRepository<PolicyReview, Long> {

  @Query("select r from PolicyReview r where r.policyId = ?1 order by r.id")
  List<PolicyReview> findByPolicyIdOrderById(Long policyId);
}
