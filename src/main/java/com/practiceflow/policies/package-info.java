/**
 * Written policies: drafting, review, approval, publication as versions, staff attestation and periodic review
 * (processes {@code policyApproval}, {@code policyAttestation}, {@code policyReview}), and the policy records.
 */
package com.practiceflow.policies;
