package com.practiceflow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * {@code ${ownTaskOnly}}, on the create and complete events of a task only the person it was made for may do (a
 * policy acknowledgement, one's own training). On create it records that person (the assignee the model gave the
 * task); on complete it refuses anyone else who is logged in, managers included. Neither a reassignment nor a
 * variable sent with the completion changes whose task it is.
 */
@Component("ownTaskOnly")
class OwnTaskGuard implements TaskListener {

  private final OwnTasks ownTasks;

  OwnTaskGuard(OwnTasks ownTasks) {
    this.ownTasks = ownTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (task.getAssignee() != null) {
        ownTasks.madeFor(task.getId(), task.getProcessInstanceId(), task.getAssignee());
      }
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String owner = ownTasks.ownerOf(task.getId()).orElseGet(() -> firstAssignee(task));
    if (user != null && owner != null && !owner.equals(user.getUserId())) {
      throw new AuthorizationException("Only " + owner + " can complete '" + task.getName()
          + "': it is their own acknowledgement");
    }
    ownTasks.completedBy(task.getId(), task.getProcessInstanceId(), owner,
        user != null ? user.getUserId() : owner);
  }

  /** A task made before its owner was recorded: the first assignee in the engine's own history. */
  private static String firstAssignee(DelegateTask task) {
    return task.getProcessEngineServices().getHistoryService().createHistoricIdentityLinkLogQuery()
        .taskId(task.getId()).type(IdentityLinkType.ASSIGNEE).operationType("add").orderByTime().asc().list()
        .stream().map(HistoricIdentityLinkLog::getUserId).filter(java.util.Objects::nonNull).findFirst()
        .orElse(task.getAssignee());
  }
}
