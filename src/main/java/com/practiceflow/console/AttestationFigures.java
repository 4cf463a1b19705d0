package com.practiceflow.console;

import java.util.List;

import org.springframework.stereotype.Component;

import com.practiceflow.policies.AttestationReport;
import com.practiceflow.policies.Policy;
import com.practiceflow.policies.PolicyService;

/** For each policy in force that staff must attest: the version, how many in scope have, who has not. */
@Component
public class AttestationFigures {

  /** One policy's attestation, with its title for the page. */
  public record PolicyAttestation(String reference, String title, AttestationReport report) {
    public int percent() {
      return (int) Math.round(report.completionRate() * 100);
    }
  }

  private final PolicyService policies;

  AttestationFigures(PolicyService policies) {
    this.policies = policies;
  }

  List<PolicyAttestation> published() {
    return policies.active().stream().filter(p -> p.getAttestationVersion() != null)
        .map(p -> new PolicyAttestation(p.getReference(), p.getTitle(), policies.report(p.getReference()))).toList();
  }

  List<Policy> inForce() {
    return policies.active();
  }
}
