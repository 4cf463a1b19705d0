package com.practiceflow.policies;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Policies. */
interface Policies extends JpaRepository<Policy, Long> {

  List<Policy> findByStatus(Policy.Status status);
}

/** Policy versions. */
interface PolicyVersions extends JpaRepository<PolicyVersion, Long> {

  List<PolicyVersion> findByPolicyIdOrderByNumber(Long policyId);
}

/** Attestations. */
interface Attestations extends JpaRepository<Attestation, Long> {

  List<Attestation> findByVersionId(Long versionId);
}

/** Review decisions. */
interface PolicyReviews extends JpaRepository<PolicyReview, Long> {

  List<PolicyReview> findByPolicyIdOrderById(Long policyId);
}
