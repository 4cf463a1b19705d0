package com.practiceflow.security;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Closes Camunda Admin's first-run page, which lets anyone create an administrator while none exists. PracticeFlow's
 * administrators come from configuration (or the demo data), never from an anonymous web form.
 */
@Configuration(proxyBeanMethods = false)
class AdminSetupBlock {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> adminSetupBlocked() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Administrators are configured, not created here");
      }
    });
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(0);
    return registration;
  }
}
