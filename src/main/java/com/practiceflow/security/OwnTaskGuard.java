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

  /** Where the models keep whose task it is: a policy's attestee, a new staff member's login. */
  private static final java.util.List<String> OWNER_VARIABLES = java.util.List.of("attestee", "staffUserId");

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String owner = owner(task);
    // compare with the person the task was made for, not its current assignee: reassigning it changes nothing
    if (user != null && owner != null && !owner.equals(user.getUserId())) {
      throw new AuthorizationException("Only " + owner + " can complete '" + task.getName()
          + "': it is their own acknowledgement");
    }
  }

  private static String owner(DelegateTask task) {
    for (String variable : OWNER_VARIABLES) {
      Object value = task.getVariable(variable);
      if (value != null) {
        return value.toString();
      }
    }
    return task.getAssignee();
  }
}
