package com.practiceflow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code ${ownTaskOnly}}, complete listener of tasks only their assignee may do (a policy acknowledgement, one's own
 * training): a logged-in user who is not the assignee is refused, managers included.
 */
@Component("ownTaskOnly")
class OwnTaskGuard implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
      throw new AuthorizationException("Only " + task.getAssignee() + " can complete '" + task.getName()
          + "': it is their own acknowledgement");
    }
  }
}
