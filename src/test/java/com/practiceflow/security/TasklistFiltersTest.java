package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;

@PracticeFlowTest
class TasklistFiltersTest {

  @Autowired
  FilterService filterService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngine engine;

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  private Filter filter(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }

  private List<Task> listAs(String user, List<String> groups, String filterName, String processInstanceId) {
    identityService.setAuthentication(user, groups);
    try {
      return filterService.<Task>list(filter(filterName).getId()).stream()
          .filter(t -> t.getProcessInstanceId().equals(processInstanceId)).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void everyStaffGroupMayReadTheFiveFilters() {
    for (String name : List.of("My tasks", "My group's tasks", "Due today", "Overdue", "Escalated")) {
      Filter filter = filter(name);
      assertThat(filter).as(name).isNotNull();
      for (String group : PracticeGroups.STAFF_GROUPS) {
        assertThat(authorizationService.isUserAuthorized("someone", List.of(group), Permissions.READ, Resources.FILTER,
            filter.getId())).as("%s reads %s", group, name).isTrue();
      }
    }
  }

  @Test
  void filtersFollowTheTasksLife() {
    // a complaint received a week ago: its acknowledgement is overdue and escalated, but only billing sees it
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-16T14:00:00Z")));
    String id = engine.getRuntimeService().startProcessInstanceByKey("complaintResolution",
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue("channel", "phone")
            .putValue("category", "billing").putValue("description", "Wrong invoice")
            .putValue("receivedOn", LocalDate.of(2026, 11, 16).toString())).getId();
    ProcessDriver process = new ProcessDriver(engine, id);
    List<String> billing = List.of(PracticeGroups.BILLING);

    assertThat(listAs("billing", billing, "My group's tasks", id)).hasSize(1);
    assertThat(listAs("billing", billing, "My tasks", id)).isEmpty();
    assertThat(listAs("billing", billing, "Overdue", id)).isEmpty();
    // due Thursday 19 Nov: on that day it is due today, the day after overdue
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-19T15:00:00Z")));
    assertThat(listAs("billing", billing, "Due today", id)).hasSize(1);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T15:00:00Z")));
    assertThat(listAs("billing", billing, "Overdue", id)).hasSize(1);
    assertThat(listAs("hr", List.of(PracticeGroups.HR), "Overdue", id)).isEmpty();

    process.fireTimer("BoundaryEvent_AcknowledgeComplaintOverdue");
    process.runAsync("Task_EscalateAcknowledgeComplaint");
    assertThat(listAs("manager", List.of(PracticeGroups.PRACTICE_MANAGERS), "Escalated", id)).hasSize(1);

    engine.getTaskService().claim(process.task("Task_AcknowledgeComplaint").getId(), "billing");
    assertThat(listAs("billing", billing, "My tasks", id)).hasSize(1);
    assertThat(listAs("billing", billing, "My group's tasks", id)).isEmpty();
  }
}
