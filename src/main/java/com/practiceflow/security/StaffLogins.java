package com.practiceflow.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * PracticeFlow logins of staff members. A new login gets a random password nobody is told: the administrator sets
 * the first password with the person in Camunda Admin. Removing a login deletes it and hands the person's open
 * tasks back to their groups.
 */
@Component
public class StaffLogins {

  private static final Logger LOG = LoggerFactory.getLogger(StaffLogins.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identityService;
  private final TaskService taskService;
  private final Unrestricted unrestricted;

  StaffLogins(IdentityService identityService, TaskService taskService, Unrestricted unrestricted) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.unrestricted = unrestricted;
  }

  public void create(String userId, String firstName, String lastName, String email, String group) {
    if (!userId.matches("[a-z0-9][a-z0-9.-]{1,62}")) {
      throw new IllegalArgumentException("User id '" + userId + "' must be lower-case letters, digits, dots or dashes");
    }
    if (exists(userId)) {
      throw new IllegalArgumentException("User id '" + userId + "' is taken: choose another");
    }
    Group roleGroup = identityService.createGroupQuery().groupId(group).singleResult();
    if (roleGroup == null) {
      throw new IllegalStateException("The role's group '" + group + "' does not exist");
    }
    User user = identityService.newUser(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    user.setPassword(Base64.getEncoder().encodeToString(secret));
    identityService.saveUser(user);
    identityService.createMembership(userId, group);
    // no user id in the log: it is made of the person's name
    LOG.info("Created a PracticeFlow login in group {}", group);
  }

  /** Deletes the login at once; the person's open tasks go back to their candidate groups. */
  public void remove(String userId) {
    if (!exists(userId)) {
      return;
    }
    for (Task task : taskService.createTaskQuery().taskAssignee(userId).list()) {
      taskService.setAssignee(task.getId(), null);
    }
    identityService.deleteUser(userId);
    LOG.info("Removed a leaver's PracticeFlow login");
  }

  public boolean exists(String userId) {
    // whoever's step asks: IT may list only its own group's members, but no login may be taken twice
    return userId != null && unrestricted.run(() -> identityService.createUserQuery().userId(userId).count()) > 0;
  }
}
