package com.practiceflow.security.login;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hands the logged-in user to the engine for the request, so Camunda's authorizations apply to the REST API, to
 * PracticeFlow's API and to the console's pages alike. The webapps under {@code /camunda} do this themselves.
 */
class EngineAuthentication extends OncePerRequestFilter {

  private final IdentityService identityService;

  EngineAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    if (login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response);
      return;
    }
    List<String> tenants = identityService.createTenantQuery().userMember(login.getName()).includingGroupsOfUser(true)
        .list().stream().map(Tenant::getId).toList();
    try {
      identityService.setAuthentication(login.getName(), CamundaPasswords.groups(login), tenants);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
