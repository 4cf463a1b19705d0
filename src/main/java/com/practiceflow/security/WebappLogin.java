package com.practiceflow.security;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import jakarta.servlet.http.HttpSession;

/** The Camunda webapps' login held in a session: who it is, their groups and tenants, the webapps they may open. */
final class WebappLogin {

  private WebappLogin() {
  }

  static Optional<UserAuthentication> of(HttpSession session) {
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return logins != null && logins.getAuthenticationForProcessEngine(ProcessEngines.NAME_DEFAULT)
        instanceof UserAuthentication login && login.getName() != null ? Optional.of(login) : Optional.empty();
  }
}
