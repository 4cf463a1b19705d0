package com.practiceflow.security.accounts;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The client address of the request being served, for the login throttle: the engine checks passwords deep inside
 * a command (Tasklist's login form, HTTP Basic on the APIs), where the request is out of sight. Behind a proxy the
 * address is the one the proxy reports ({@code server.forward-headers-strategy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LoginSource extends OncePerRequestFilter {

  /** Where a password check not made for a web request comes from. */
  static final String LOCAL = "application";
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  /** Runs a password check as if it came from {@code address}: the tests of the throttle. */
  static <T> T from(String address, java.util.function.Supplier<T> check) {
    String before = CURRENT.get();
    CURRENT.set(address);
    try {
      return check.get();
    } finally {
      CURRENT.set(before);
    }
  }

  static String current() {
    String source = CURRENT.get();
    return source == null ? LOCAL : source;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    CURRENT.set(address == null ? LOCAL : address.substring(0, Math.min(64, address.length())));
    try {
      chain.doFilter(request, response);
    } finally {
      CURRENT.remove();
    }
  }
}
