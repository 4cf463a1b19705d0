package com.practiceflow.security.duties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Refuses a task to the people its model keeps from it: {@code starter}, the person who started the case, and the
 * id of an earlier task, whoever was assigned it or completed it. Who they were comes from the engine's own history
 * (the start user, the tasks and the operation log), never from a variable a form could have set. A task assigned
 * without anyone logged in (an escalation job) is left to the check on completion.
 */
final class DutyCheck implements TaskListener {

  static final String PROPERTY = "notDoneBy";
  static final String STARTER = "starter";

  private final List<String> notDoneBy;

  DutyCheck(List<String> notDoneBy) {
    this.notDoneBy = notDoneBy;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String userId;
    String doing;
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      userId = caller == null ? null : task.getAssignee();
      doing = "be assigned";
    } else {
      userId = caller == null ? null : caller.getUserId();
      doing = "complete";
    }
    if (userId == null) {
      return;
    }
    Map<String, String> roles = Context.getCommandContext()
        .runWithoutAuthorization(() -> rolesOf(userId, task, task.getProcessEngineServices().getHistoryService()));
    if (!roles.isEmpty()) {
      throw new AuthorizationException(userId + " cannot " + doing + " '" + task.getName() + "': they "
          + String.join(" and ", roles.values()) + " in this case, and this step must be done by someone else"
          + " (separation of duties)");
    }
  }

  /** What the user did in the case that keeps them from this task, by party. */
  private Map<String, String> rolesOf(String userId, DelegateTask task, HistoryService history) {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String party : notDoneBy) {
      if (STARTER.equals(party)) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance != null && userId.equals(instance.getStartUserId())) {
          roles.put(party, "started it");
        }
      } else {
        for (HistoricTaskInstance earlier : history.createHistoricTaskInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(party).finished().list()) {
          if (userId.equals(earlier.getAssignee()) || completedBy(history, earlier.getId(), userId)) {
            roles.put(party, "did '" + earlier.getName() + "'");
          }
        }
      }
    }
    return roles;
  }

  private static boolean completedBy(HistoryService history, String taskId, String userId) {
    return history.createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).anyMatch(id -> Objects.equals(id, userId));
  }
}
