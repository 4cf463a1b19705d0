package com.practiceflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import com.practiceflow.operations.StartupLock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.practiceflow.security.AccessProperties.ProcessAccess;

/**
 * Creates the practice's groups and their Camunda authorizations in every profile, idempotently: staff use Tasklist;
 * each group reads and starts only the processes configured for it; practice managers see everything and may deploy
 * (the Modeler needs DEPLOYMENT CREATE); nobody else may deploy.
 */
@Component
@Order(10)
class AccessSeeder implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSeeder.class);
  private static final String ANY = "*";

  private final IdentityService identityService;
  private final Grants grants;
  private final AccessProperties access;
  private final StartupLock startupLock;

  AccessSeeder(IdentityService identityService, Grants grants, AccessProperties access, StartupLock startupLock) {
    this.startupLock = startupLock;
    this.identityService = identityService;
    this.grants = grants;
    this.access = access;
  }

  @Override
  public void run(ApplicationArguments args) {
    startupLock.holding(this::seed);
  }

  private void seed() {
    if (identityService.isReadOnly()) {
      LOG.info("Identity service is read-only (e.g. LDAP): groups are managed there");
    } else {
      PracticeGroups.STAFF_GROUPS.forEach(this::ensureGroup);
    }
    for (String group : PracticeGroups.STAFF_GROUPS) {
      grants.grant(group, Resources.APPLICATION, "tasklist", ACCESS);
      grants.grant(group, Resources.USER, ANY, READ);
      grants.grant(group, Resources.GROUP, ANY, READ);
    }
    grantManagers(PracticeGroups.PRACTICE_MANAGERS);
    grantDecisions();
    for (Map.Entry<String, ProcessAccess> process : access.getProcesses().entrySet()) {
      String key = process.getKey();
      for (String group : process.getValue().getStarters()) {
        grants.grant(group, Resources.PROCESS_DEFINITION, key, READ, CREATE_INSTANCE);
        grants.grant(group, Resources.PROCESS_INSTANCE, ANY, CREATE);
      }
      for (String group : process.getValue().getParticipants()) {
        grants.grant(group, Resources.PROCESS_DEFINITION, key, READ);
      }
      for (String group : process.getValue().getReaders()) {
        grants.grant(group, Resources.PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY);
      }
    }
  }

  private void grantDecisions() {
    for (Map.Entry<String, java.util.List<String>> decision : access.getDecisions().entrySet()) {
      for (String group : decision.getValue()) {
        grants.grant(group, Resources.DECISION_DEFINITION, decision.getKey(), READ, CREATE_INSTANCE);
      }
    }
  }

  private void grantManagers(String group) {
    grants.grant(group, Resources.APPLICATION, "cockpit", ACCESS);
    grants.grant(group, Resources.PROCESS_DEFINITION, ANY, ALL);
    grants.grant(group, Resources.PROCESS_INSTANCE, ANY, ALL);
    // every task and its history: TaskGrants leaves out the managers' per-task grants, which these make redundant
    grants.grant(group, Resources.TASK, ANY, ALL);
    grants.grant(group, Resources.DEPLOYMENT, ANY, CREATE, READ);
    grants.grant(group, Resources.DECISION_DEFINITION, ANY, READ, CREATE_INSTANCE, READ_HISTORY);
    grants.grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
    grants.grant(group, Resources.HISTORIC_TASK, ANY, org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ);
    grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
        org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.READ);
    grants.grant(group, Resources.BATCH, ANY, ALL);
  }

  private void ensureGroup(String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(PracticeGroups.displayName(id));
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }
}
