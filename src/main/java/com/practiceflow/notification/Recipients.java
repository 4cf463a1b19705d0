package com.practiceflow.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.practiceflow.security.Unrestricted;

/** Email addresses of users and of a group's members, from Camunda's identity service, whoever's step asks. */
@Component
public class Recipients {

  private final IdentityService identityService;
  private final Unrestricted unrestricted;

  Recipients(IdentityService identityService, Unrestricted unrestricted) {
    this.identityService = identityService;
    this.unrestricted = unrestricted;
  }

  public List<String> ofGroups(Iterable<String> groupIds) {
    Set<String> emails = new LinkedHashSet<>();
    for (String groupId : groupIds) {
      unrestricted.run(() -> identityService.createUserQuery().memberOfGroup(groupId).list()).stream()
          .map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).forEach(emails::add);
    }
    return List.copyOf(emails);
  }

  public List<String> ofUser(String userId) {
    User user = unrestricted.run(() -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null || user.getEmail() == null || user.getEmail().isBlank() ? List.of() : List.of(user.getEmail());
  }
}
