package com.practiceflow.policies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Policies. */
interface Policies extends JpaRepository<Policy, Long> {

  List<Policy> findByStatus(Policy.Status status);
}

/** Policy versions. */
interface PolicyVersions extends JpaRepository<PolicyVersion, Long> {

  List<PolicyVersion> findByPolicyIdOrderByNumber(Long policyId);

  Optional<PolicyVersion> findByPolicyIdAndNumber(Long policyId, int number);

  Optional<PolicyVersion> findFirstByPolicyIdAndStatus(Long policyId, PolicyVersion.Status status);
}

/** Attestations. */
interface Attestations extends JpaRepository<Attestation, Long> {

  List<Attestation> findByVersionId(Long versionId);

  boolean existsByVersionIdAndUserId(Long versionId, String userId);
}

/** Review decisions. */
interface PolicyReviews extends JpaRepository<PolicyReview, Long> {

  List<PolicyReview> findByPolicyIdOrderById(Long policyId);
}
