package com.practiceflow.security;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's per-task grants, less those the practice managers would get: the engine writes a grant on the task and
 * one on its history for every candidate group, but the managers hold every task and its history already
 * ({@link AccessSeeder} grants TASK and HISTORIC_TASK on {@code *} at every start). Every escalation makes them
 * candidates, so skipping the two redundant rows (and the look-ups before them) saves four statements per
 * escalated task and keeps the grants table, which Tasklist's queries probe per task, to the rows that grant
 * something (docs/benchmarks.md, tuning step 15).
 */
class TaskGrants extends DefaultAuthorizationProvider {

  /**
   * A group may read its own members, so Tasklist can name a colleague; Camunda's default grants nothing on
   * memberships, and a grant on every user let any staff member list everyone. Removed with the membership.
   */
  @Override
  public AuthorizationEntity[] groupMembershipCreated(String groupId, String userId) {
    AuthorizationEntity existing = getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(
        Authorization.AUTH_TYPE_GRANT, groupId, Resources.USER, userId);
    if (existing != null) {
      existing.addPermission(Permissions.READ);
      return new AuthorizationEntity[] {existing};
    }
    return new AuthorizationEntity[] {createGrantAuthorization(null, groupId, Resources.USER, userId,
        Permissions.READ)};
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return holdsEveryTask(groupId) ? new AuthorizationEntity[0] : super.newTaskGroupIdentityLink(task, groupId, type);
  }

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    return holdsEveryTask(groupId) ? new AuthorizationEntity[0]
        : super.deleteTaskGroupIdentityLink(task, groupId, type);
  }

  private static boolean holdsEveryTask(String groupId) {
    return PracticeGroups.PRACTICE_MANAGERS.equals(groupId);
  }
}
