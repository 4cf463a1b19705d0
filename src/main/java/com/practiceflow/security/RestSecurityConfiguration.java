package com.practiceflow.security;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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

  /** After every webapp filter (login, CSRF), so it only ever sees requests those let through. */
  @Bean
  FilterRegistrationBean<TaskPages> taskPages(FilterShapes shapes, TaskPageQuery tasks, FilterService filterService,
      IdentityService identityService, @Value("${practiceflow.tasklist.count-limit:0}") long countLimit) {
    FilterRegistrationBean<TaskPages> registration = new FilterRegistrationBean<>(new TaskPages(shapes, tasks,
        filterService, identityService, countLimit));
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setName("practiceflow-task-pages");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
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
