package com.practiceflow.security;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Per-case read access: when a case is routed to a group, that group may read that case (its process instance
 * and variables) and no other. Tasks are covered by Camunda's own candidate-group grants.
 */
@Component
public class CaseAccess {

  private final Grants grants;

  CaseAccess(Grants grants) {
    this.grants = grants;
  }

  public void allowGroupToRead(String processInstanceId, String groupId) {
    grants.grant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    grants.grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
        org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions.READ);
  }
}
