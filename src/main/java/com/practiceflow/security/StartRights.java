package com.practiceflow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether the calling user may start a process, asked before PracticeFlow writes a record or draws a reference
 * for the case: a refused start used to use up a reference number (CMP-2026-0007 never existed).
 */
@Component
public class StartRights {

  private final IdentityService identityService;
  private final AuthorizationService authorizations;

  StartRights(IdentityService identityService, AuthorizationService authorizations) {
    this.identityService = identityService;
    this.authorizations = authorizations;
  }

  public void require(String processKey, String what) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      return; // the application's own start: the engine checks nothing either
    }
    boolean may = authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, processKey)
        && authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(), Permissions.CREATE,
            Resources.PROCESS_INSTANCE);
    if (!may) {
      throw new AuthorizationException("Your PracticeFlow role may not start " + what);
    }
  }
}
