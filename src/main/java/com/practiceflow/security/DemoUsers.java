package com.practiceflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.ALL;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import com.practiceflow.operations.StartupLock;
import com.practiceflow.security.Grants.Wanted;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for trying PracticeFlow out, one per role, password = user id; only where
 * {@code practiceflow.demo-data.enabled=true} (the default profile). Never in production.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "practiceflow.demo-data.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  static final Map<String, String[]> USERS = Map.of(
      "manager", new String[] {"Morgan", "Manager", PracticeGroups.PRACTICE_MANAGERS},
      "hr", new String[] {"Harper", "Reyes", PracticeGroups.HR},
      "frontdesk", new String[] {"Frankie", "Desk", PracticeGroups.FRONT_DESK},
      "compliance", new String[] {"Casey", "Privacy", PracticeGroups.COMPLIANCE},
      "billing", new String[] {"Billie", "Coder", PracticeGroups.BILLING},
      "clinician", new String[] {"Dr Cameron", "Clinician", PracticeGroups.CLINICIANS},
      "it", new String[] {"Ito", "Tech", PracticeGroups.IT},
      "admin", new String[] {"Ada", "Admin", PracticeGroups.CAMUNDA_ADMIN});

  private final IdentityService identityService;
  private final Grants grants;
  private final StartupLock startupLock;

  DemoUsers(IdentityService identityService, Grants grants, StartupLock startupLock) {
    this.startupLock = startupLock;
    this.identityService = identityService;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    startupLock.holding(this::seed);
  }

  private void seed() {
    ensureAdminGroup();
    Set<String> existing = identityService.createUserQuery().userIdIn(USERS.keySet().toArray(String[]::new)).list()
        .stream().map(User::getId).collect(Collectors.toSet());
    USERS.forEach((id, details) -> {
      if (!existing.contains(id)) {
        createUser(id, details[0], details[1], details[2]);
      }
    });
    LOG.info("Demo users ready (password = user id): {}", USERS.keySet());
  }

  private void ensureAdminGroup() {
    if (identityService.createGroupQuery().groupId(PracticeGroups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identityService.newGroup(PracticeGroups.CAMUNDA_ADMIN);
      group.setName("Camunda administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    grants.grantAll(Stream.of(Resources.values())
        .map(resource -> new Wanted(PracticeGroups.CAMUNDA_ADMIN, resource, "*", ALL)).toList());
  }

  private void createUser(String id, String firstName, String lastName, String group) {
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@practice.example");
    user.setPassword(id);
    identityService.saveUser(user);
    identityService.createMembership(id, group);
  }
}
