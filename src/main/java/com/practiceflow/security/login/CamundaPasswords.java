package com.practiceflow.security.login;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a login (form or HTTP Basic) against Camunda's users, through the engine's password check and so its
 * login throttle; the user's groups become the login's authorities ({@code group:billing}).
 */
@Component
public class CamundaPasswords implements AuthenticationProvider {

  static final String GROUP = "group:";

  private final IdentityService identityService;

  CamundaPasswords(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication login) {
    String user = login.getName();
    Object password = login.getCredentials();
    if (user == null || user.isBlank() || password == null
        || !identityService.checkPassword(user.trim(), password.toString())) {
      throw new BadCredentialsException("Wrong user name or password, or too many tries: wait a moment");
    }
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user.trim()).list().stream()
        .map(Group::getId).map(id -> new SimpleGrantedAuthority(GROUP + id)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user.trim(), null, groups);
  }

  @Override
  public boolean supports(Class<?> type) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
  }

  static List<String> groups(Authentication login) {
    return login.getAuthorities().stream().map(a -> a.getAuthority()).filter(a -> a.startsWith(GROUP))
        .map(a -> a.substring(GROUP.length())).toList();
  }
}
