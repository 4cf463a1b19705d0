package com.practiceflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the current request authenticated as, for PracticeFlow's own endpoints. */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public boolean isMemberOf(String group) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(group);
  }

  public boolean isManager() {
    return isMemberOf(PracticeGroups.PRACTICE_MANAGERS) || isMemberOf(PracticeGroups.CAMUNDA_ADMIN);
  }
}
