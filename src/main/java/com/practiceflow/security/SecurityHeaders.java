package com.practiceflow.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on the APIs' answers, which carry patient and staff details: no browser or proxy keeps a copy
 * ({@code no-store}), none renders them as a page or frames them, none sends them on in a referrer. The webapps'
 * own pages get Camunda's headers; every answer over HTTPS tells the browser to keep to HTTPS.
 */
class SecurityHeaders extends OncePerRequestFilter {

  private static final String[] APIS = {"/api/", "/engine-rest", "/camunda/api/", "/actuator"};

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isApi(request.getRequestURI())) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "no-referrer");
      // the mail catcher's page styles itself inline; nothing else an API answers needs any source
      response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline';"
          + " frame-ancestors 'none'");
    }
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, isApi(request.getRequestURI()) ? new NoStore(response) : response);
  }

  /** Camunda's REST API sets its own {@code Cache-Control: no-cache}, which lets a browser keep a copy. */
  private static final class NoStore extends jakarta.servlet.http.HttpServletResponseWrapper {

    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }

  private static boolean isApi(String path) {
    for (String api : APIS) {
      if (path.startsWith(api)) {
        return true;
      }
    }
    return false;
  }
}
