package com.practiceflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts HTTP Basic in front of Camunda's REST API and PracticeFlow's own API. The webapps have their own login. */
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
}
