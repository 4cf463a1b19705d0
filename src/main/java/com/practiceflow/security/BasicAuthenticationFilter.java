package com.practiceflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against Camunda's users for every path it guards, {@code /engine-rest} included (Camunda's own filter
 * leaves the engine list open). The authenticated user, groups and tenants are set on the engine for the request,
 * so the engine's authorization checks apply to REST and to PracticeFlow's own API alike.
 */
class BasicAuthenticationFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Basic ";

  private final IdentityService identityService;

  BasicAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader("Authorization"));
    UserAuthentication webappLogin = credentials == null ? webappLogin(request) : null;
    if (webappLogin != null) {
      authenticated(webappLogin.getIdentityId(), webappLogin.getGroupIds(), webappLogin.getTenantIds(), request,
          response, chain);
      return;
    }
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"PracticeFlow\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"Unauthorized\",\"message\":\"Log in with your PracticeFlow user\"}");
      return;
    }
    String userId = credentials[0];
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    authenticated(userId, groups, tenants, request, response, chain);
  }

  private void authenticated(String userId, List<String> groups, List<String> tenants, HttpServletRequest request,
      HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    try {
      identityService.setAuthentication(userId, groups, tenants);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * Someone logged in to Tasklist or Cockpit may read PracticeFlow's own pages ({@code GET /api/...}) in the same
   * browser without logging in again. Only reads: changes always need credentials, so no cross-site request can
   * make them on a logged-in user's behalf.
   */
  private static UserAuthentication webappLogin(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")) {
      return null;
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    return logins == null ? null
        : (UserAuthentication) logins.getAuthenticationForProcessEngine(ProcessEngines.NAME_DEFAULT);
  }

  private static String[] credentials(String header) {
    if (header == null || !header.startsWith(PREFIX)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
