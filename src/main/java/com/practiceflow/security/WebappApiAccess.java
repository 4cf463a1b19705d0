package com.practiceflow.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The webapps' plugin APIs ({@code /camunda/api/cockpit/plugin/...} and the like) answer only users who may open
 * that webapp: Camunda checks that the caller is logged in, not that they have Cockpit access, so any member of
 * staff could read Cockpit's case counts per process.
 */
class WebappApiAccess extends OncePerRequestFilter {

  private static final Pattern PLUGIN_API = Pattern.compile("^/camunda/api/(cockpit|admin|tasklist)/plugin/[^/]+/"
      + "(?!static/).*");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher plugin = PLUGIN_API.matcher(request.getRequestURI());
    if (plugin.matches() && !mayUse(request.getSession(false), plugin.group(1))) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Your PracticeFlow role does not include "
          + plugin.group(1) + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean mayUse(HttpSession session, String app) {
    return WebappLogin.of(session).map(login -> login.getAuthorizedApps() != null
        && login.getAuthorizedApps().contains(app)).orElse(false);
  }
}
