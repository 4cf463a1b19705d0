package com.practiceflow.security;

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
