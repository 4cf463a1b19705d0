package com.practiceflow.policies;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A staff member's acknowledgement of one policy version. */
@Entity
public class Attestation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long policyId;
  private Long versionId;
  private String userId;
  private Instant attestedAt;
  private String method;

  protected Attestation() {
  }

  Attestation(Long policyId, Long versionId, String userId, Instant attestedAt, String method) {
    this.policyId = policyId;
    this.versionId = versionId;
    this.userId = userId;
    this.attestedAt = attestedAt;
    this.method = method;
  }

  public Long getId() { return id; }
  public Long getPolicyId() { return policyId; }
  public Long getVersionId() { return versionId; }
  public String getUserId() { return userId; }
  public Instant getAttestedAt() { return attestedAt; }
  public String getMethod() { return method; }
}
