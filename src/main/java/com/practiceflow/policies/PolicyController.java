package com.practiceflow.policies;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.security.CurrentUser;
import com.practiceflow.security.PracticeGroups;

/** Attestation completion per policy, for the managers and the compliance officer. */
@RestController
@RequestMapping("/api/policies")
class PolicyController {

  private final PolicyService policies;
  private final CurrentUser currentUser;

  PolicyController(PolicyService policies, CurrentUser currentUser) {
    this.policies = policies;
    this.currentUser = currentUser;
  }

  @GetMapping("/{reference}/attestations")
  AttestationReport attestations(@PathVariable String reference) {
    if (!currentUser.isManager() && !currentUser.isMemberOf(PracticeGroups.COMPLIANCE)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only managers and compliance read attestation reports");
    }
    try {
      return policies.report(reference);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }
}
