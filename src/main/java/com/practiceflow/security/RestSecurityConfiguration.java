package com.practiceflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts HTTP Basic in front of Camunda's REST API and PracticeFlow's own API (the webapps have their own login), the
 * webapps' plugin APIs behind each webapp's access, and security headers on every answer.
 */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> basicAuthentication(IdentityService identityService) {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter(identityService));
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/metrics", "/actuator/metrics/*");
    registration.setName("practiceflow-basic-authentication");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappApiAccess> webappApiAccess() {
    FilterRegistrationBean<WebappApiAccess> registration = new FilterRegistrationBean<>(new WebappApiAccess());
    registration.addUrlPatterns("/camunda/api/*");
    registration.setName("practiceflow-webapp-api-access");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
    registration.addUrlPatterns("/*");
    registration.setName("practiceflow-security-headers");
    registration.setOrder(0);
    return registration;
  }
}
