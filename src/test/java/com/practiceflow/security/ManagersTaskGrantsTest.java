package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;

/** A task the managers are brought into carries no grant of its own for them, and they still see and work it. */
@PracticeFlowTest
class ManagersTaskGrantsTest {

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void managersBroughtIntoATaskWorkItThroughTheirStandingGrantWhileItsGroupKeepsItsOwnGrant() {
    String instance = engine.getRuntimeService().createProcessInstanceByKey("complaintResolution")
        .businessKey("CMP-2026-GRANTS").startBeforeActivity("Task_AcknowledgeComplaint")
        .setVariables(Variables.createVariables().putValue("complaintId", 0L)
            .putValue("caseReference", "CMP-2026-GRANTS").putValue("ownerGroup", PracticeGroups.BILLING)
            .putValue("receivedOn", "2026-11-23").putValue("category", "billing"))
        .execute().getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

    engine.getTaskService().addCandidateGroup(task, PracticeGroups.PRACTICE_MANAGERS);

    var authorizations = engine.getAuthorizationService().createAuthorizationQuery().resourceId(task);
    assertThat(authorizations.groupIdIn(PracticeGroups.PRACTICE_MANAGERS).count()).as("managers' per-task grants")
        .isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(task)
        .groupIdIn(PracticeGroups.BILLING).resourceType(Resources.TASK).count()).as("billing's grant on the task")
        .isEqualTo(1);

    engine.getIdentityService().setAuthentication("frontdesk", List.of(PracticeGroups.FRONT_DESK));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("front desk, not a candidate")
        .isZero();

    engine.getIdentityService().setAuthentication("manager", List.of(PracticeGroups.PRACTICE_MANAGERS));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the manager's task list")
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task).count())
        .as("the manager's view of the task's history").isEqualTo(1);
    engine.getTaskService().claim(task, "manager");
    engine.getTaskService().deleteCandidateGroup(task, PracticeGroups.PRACTICE_MANAGERS);
    engine.getIdentityService().clearAuthentication();

    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo("manager");
    engine.getRuntimeService().deleteProcessInstance(instance, "test done");
  }
}
