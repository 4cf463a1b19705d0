package com.practiceflow.console;

import java.io.IOException;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any request that may write (a Tasklist form submitted, a claim, an upload, the REST API) makes the dashboard
 * count again, so a person who has just done something sees it counted on their next look.
 */
@Component
class WritesChangeFigures extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final FigureCache figures;

  WritesChangeFigures(FigureCache figures) {
    this.figures = figures;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } finally {
      if (!READS.contains(request.getMethod())) {
        figures.changed();
      }
    }
  }
}
