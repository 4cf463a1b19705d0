package com.practiceflow.security.login;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in. The APIs ({@code /engine-rest}, {@code /api}, metrics) take HTTP Basic on every request, as the
 * Modeler and integrations send it; a console session may read {@code /api} but never change anything through it.
 * Everything else (the console, Tasklist, Cockpit, Admin) takes the login page's session, with CSRF protection on
 * the console's forms (the webapps send Camunda's own token), and the webapps see the same login through Camunda's
 * container-based authentication. Logging out of either ends both.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

  /** Paths as the request carries them, whichever servlet (Spring MVC, Jersey, the webapps) serves them. */
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
  private static final String[] PUBLIC = {"/login", "/assets/**", "/webjars/**", "/error", "/favicon.ico",
      "/actuator/health", "/actuator/health/**"};

  @Bean
  @Order(1)
  SecurityFilterChain apis(HttpSecurity http, CamundaPasswords passwords, IdentityService identityService)
      throws Exception {
    http.securityMatcher(paths("/engine-rest/**", "/api/**", "/actuator/metrics", "/actuator/metrics/**"))
        .authenticationProvider(passwords)
        .httpBasic(basic -> basic.authenticationEntryPoint(new ApiLoginRequired()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/**")).authenticated()
            .anyRequest().access(basicCredentials()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new ApiLoginRequired()))
        .addFilterAfter(new EngineAuthentication(identityService), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, CamundaPasswords passwords, IdentityService identityService)
      throws Exception {
    var webappLogout = PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
    http.authenticationProvider(passwords)
        .authorizeHttpRequests(requests -> requests.requestMatchers(paths(PUBLIC)).permitAll()
            .requestMatchers(PATHS.matcher("/camunda/api/admin/auth/user/*/login/*")).denyAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(
            PATHS.matcher(HttpMethod.POST, "/logout"), webappLogout))
            .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(), webappLogout)
            .logoutSuccessUrl("/login?logout"))
        .csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**")))
        .headers(headers -> headers.cacheControl(cache -> cache.disable()).frameOptions(frames -> frames.sameOrigin()))
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PATHS.matcher("/camunda/api/**")))
        .addFilterAfter(new EngineAuthentication(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** The webapps take the user Spring Security logged in, instead of asking again on their own login page. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappLogin() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setName("practiceflow-webapp-login");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  private static RequestMatcher paths(String... patterns) {
    return new OrRequestMatcher(java.util.Arrays.stream(patterns).map(p -> (RequestMatcher) PATHS.matcher(p))
        .toList());
  }

  /** Changes through the APIs need credentials in the request: a browser session alone could be a forged request. */
  private static AuthorizationManager<RequestAuthorizationContext> basicCredentials() {
    return (login, context) -> {
      String header = context.getRequest().getHeader("Authorization");
      boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
      return new AuthorizationDecision(basic && login.get() != null && login.get().isAuthenticated());
    };
  }
}
