package com.practiceflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
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
import com.practiceflow.security.Grants.Wanted;

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
      ensureGroups();
    }
    List<Wanted> wanted = new ArrayList<>();
    for (String group : PracticeGroups.STAFF_GROUPS) {
      wanted.add(new Wanted(group, Resources.APPLICATION, "tasklist", ACCESS));
      wanted.add(new Wanted(group, Resources.GROUP, ANY, READ));
    }
    addMemberGrants(wanted);
    addManagerGrants(PracticeGroups.PRACTICE_MANAGERS, wanted);
    addDecisionGrants(wanted);
    for (Map.Entry<String, ProcessAccess> process : access.getProcesses().entrySet()) {
      String key = process.getKey();
      for (String group : process.getValue().getStarters()) {
        wanted.add(new Wanted(group, Resources.PROCESS_DEFINITION, key, READ, CREATE_INSTANCE));
        wanted.add(new Wanted(group, Resources.PROCESS_INSTANCE, ANY, CREATE));
      }
      for (String group : process.getValue().getParticipants()) {
        wanted.add(new Wanted(group, Resources.PROCESS_DEFINITION, key, READ));
      }
      for (String group : process.getValue().getReaders()) {
        wanted.add(new Wanted(group, Resources.PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY));
      }
    }
    grants.grantAll(wanted);
    // an earlier version let every group list every user
    grants.withdraw(PracticeGroups.STAFF_GROUPS.stream().filter(g -> !PracticeGroups.PRACTICE_MANAGERS.equals(g))
        .toList(), Resources.USER, ANY);
  }

  /** Each group reads its own members (new memberships get theirs from TaskGrants as they are made). */
  private void addMemberGrants(List<Wanted> wanted) {
    for (String group : PracticeGroups.STAFF_GROUPS) {
      if (!PracticeGroups.PRACTICE_MANAGERS.equals(group)) {
        identityService.createUserQuery().memberOfGroup(group).list()
            .forEach(member -> wanted.add(new Wanted(group, Resources.USER, member.getId(), READ)));
      }
    }
  }

  private void addDecisionGrants(List<Wanted> wanted) {
    for (Map.Entry<String, List<String>> decision : access.getDecisions().entrySet()) {
      for (String group : decision.getValue()) {
        wanted.add(new Wanted(group, Resources.DECISION_DEFINITION, decision.getKey(), READ, CREATE_INSTANCE));
      }
    }
  }

  private void addManagerGrants(String group, List<Wanted> wanted) {
    wanted.add(new Wanted(group, Resources.APPLICATION, "cockpit", ACCESS));
    wanted.add(new Wanted(group, Resources.USER, ANY, READ));
    wanted.add(new Wanted(group, Resources.PROCESS_DEFINITION, ANY, ALL));
    wanted.add(new Wanted(group, Resources.PROCESS_INSTANCE, ANY, ALL));
    // every task and its history: TaskGrants leaves out the managers' per-task grants, which these make redundant
    wanted.add(new Wanted(group, Resources.TASK, ANY, ALL));
    wanted.add(new Wanted(group, Resources.DEPLOYMENT, ANY, CREATE, READ));
    wanted.add(new Wanted(group, Resources.DECISION_DEFINITION, ANY, READ, CREATE_INSTANCE, READ_HISTORY));
    wanted.add(new Wanted(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
    wanted.add(new Wanted(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
    wanted.add(new Wanted(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
    wanted.add(new Wanted(group, Resources.BATCH, ANY, ALL));
  }

  private void ensureGroups() {
    Set<String> existing = identityService.createGroupQuery()
        .groupIdIn(PracticeGroups.STAFF_GROUPS.toArray(String[]::new)).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    for (String id : PracticeGroups.STAFF_GROUPS) {
      if (!existing.contains(id)) {
        Group group = identityService.newGroup(id);
        group.setName(PracticeGroups.displayName(id));
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identityService.saveGroup(group);
      }
    }
  }
}
