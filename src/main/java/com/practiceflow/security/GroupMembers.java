package com.practiceflow.security;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The PracticeFlow users in some groups: who a policy applies to, for example. */
@Component
public class GroupMembers {

  private final IdentityService identityService;
  private final Unrestricted unrestricted;

  GroupMembers(IdentityService identityService, Unrestricted unrestricted) {
    this.identityService = identityService;
    this.unrestricted = unrestricted;
  }

  public List<String> userIds(Collection<String> groups) {
    TreeSet<String> ids = new TreeSet<>();
    for (String group : groups) {
      unrestricted.run(() -> identityService.createUserQuery().memberOfGroup(group).list()).stream().map(User::getId)
          .forEach(ids::add);
    }
    return List.copyOf(ids);
  }
}
