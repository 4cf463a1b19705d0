package com.practiceflow.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webapps' plugin APIs behind each webapp's access, and security headers on every answer (logins: login/). */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration {

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
