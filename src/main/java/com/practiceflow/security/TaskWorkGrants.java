package com.practiceflow.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.practiceflow.operations.StartupLock;

/**
 * Per-task grants written before the engine wrote TASK_WORK gave UPDATE, with which a candidate could change a
 * task's due date or its case's variables; at start-up each such grant is narrowed to TASK_WORK, once.
 */
@Component
@Order(11)
class TaskWorkGrants implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskWorkGrants.class);
  private static final int PAGE = 500;

  private final AuthorizationService authorizations;
  private final StartupLock startupLock;

  TaskWorkGrants(AuthorizationService authorizations, StartupLock startupLock) {
    this.authorizations = authorizations;
    this.startupLock = startupLock;
  }

  @Override
  public void run(ApplicationArguments args) {
    startupLock.holding(this::narrow);
  }

  void narrow() {
    int narrowed = 0;
    List<Authorization> page;
    do {
      page = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .resourceType(Resources.TASK)
          .hasPermission(Permissions.UPDATE).listPage(0, PAGE).stream()
          .filter(a -> !"*".equals(a.getResourceId())).toList();
      for (Authorization grant : page) {
        grant.removePermission(Permissions.UPDATE);
        grant.addPermission(TaskPermissions.TASK_WORK);
        authorizations.saveAuthorization(grant);
        narrowed++;
      }
    } while (!page.isEmpty());
    if (narrowed > 0) {
      LOG.info("Narrowed {} per-task grants from UPDATE to TASK_WORK", narrowed);
    }
  }
}
