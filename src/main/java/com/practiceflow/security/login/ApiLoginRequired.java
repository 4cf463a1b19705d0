package com.practiceflow.security.login;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 with the HTTP Basic challenge and a reason in JSON, as the Modeler and integrations expect. */
class ApiLoginRequired implements AuthenticationEntryPoint {

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"PracticeFlow\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    response.getWriter().write("{\"type\":\"Unauthorized\",\"message\":\"Log in with your PracticeFlow user\"}");
  }
}
