package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffOffboardingProcess.*;
import static com.practiceflow.onboarding.StaffTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.escalation.LadderIds;
import com.practiceflow.security.StaffLogins;
import com.practiceflow.staff.NewStaffMember;
import com.practiceflow.staff.RoleProfile;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

@PracticeFlowTest
class StaffOffboardingProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  StaffService staff;
  @Autowired
  StaffProcesses processes;
  @Autowired
  StaffLogins logins;

  @BeforeEach
  void morning() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T14:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  /** A nurse who started in December 2025, with a login, a running onboarding and licence monitoring. */
  private StaffMember activeNurse(String userId) {
    StaffMember member = staff.registerCandidate(null, new NewStaffMember("Kit", "Marsh", null, "kit@mail.example",
        null), new RoleProfile("registered-nurse", "clinicians", true, true, true), LocalDate.of(2025, 11, 20));
    staff.hired(member.getId(), LocalDate.of(2025, 12, 1));
    processes.startOnboarding(staff.member(member.getId()), LocalDate.of(2025, 12, 1));
    var credential = staff.recordCredential(member.getId(), "RN", "RN-7", "NY", LocalDate.of(2027, 6, 30),
        LocalDate.of(2025, 11, 25), "board-website", true);
    processes.startLicenceMonitoring(staff.member(member.getId()), credential.getId(), LocalDate.of(2027, 6, 30));
    logins.create(userId, "Kit", "Marsh", "kit@mail.example", "clinicians");
    staff.linkUser(member.getId(), userId);
    return staff.member(member.getId());
  }

  private ProcessDriver reportLeaver(String reference) {
    return reportLeaver(reference, "2026-11-23", "dismissal");
  }

  private ProcessDriver reportLeaver(String reference, String lastDay, String reason) {
    String id = engine.getRuntimeService().startProcessInstanceByKey(KEY,
        vars("staffReference", reference, "lastDay", lastDay, "leavingReason", reason)).getId();
    return new ProcessDriver(engine, id);
  }

  @Test
  void aResigningPersonKeepsAccessUntilTheEndOfTheLastDayAndCannotBeOffboardedTwice() {
    StaffMember nurse = activeNurse("kit.notice");
    ProcessDriver offboarding = reportLeaver(nurse.getReference(), "2026-12-04", "resignation");

    assertThat(logins.exists("kit.notice")).isTrue();
    assertThat(offboarding.dueDateOfTimer("TimerEvent_LastDayEnds")).isEqualTo(Date.from(Instant.parse("2026-12-04T22:00:00Z")));
    assertThatThrownBy(() -> reportLeaver(nurse.getReference(), "2026-12-04", "resignation"))
        .hasMessageContaining("No active staff member");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T22:00:00Z")));
    offboarding.fireTimer("TimerEvent_LastDayEnds");
    assertThat(logins.exists("kit.notice")).isFalse();
    // four hours from the end of the last day
    assertThat(offboarding.task(TASK_REMOVE_SYSTEM_ACCESS).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-12-05T02:00:00Z")));
  }

  @Test
  void leaverLosesTheLoginAtOnceAndItsAccessTaskEscalatesWithinHours() {
    StaffMember nurse = activeNurse("kit.marsh");
    String onboardingTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(nurse.getReference())
        .taskDefinitionKey(StaffOnboardingProcess.TASK_I9_SECTION1).singleResult().getId();
    engine.getTaskService().claim(onboardingTask, "kit.marsh");

    ProcessDriver offboarding = reportLeaver(nurse.getReference());

    assertThat(logins.exists("kit.marsh")).isFalse();
    assertThat(engine.getTaskService().createTaskQuery().taskId(onboardingTask).singleResult().getAssignee()).isNull();
    var access = offboarding.task(TASK_REMOVE_SYSTEM_ACCESS);
    assertThat(engine.getTaskService().getIdentityLinksForTask(access.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("it");
    // reported at 14:00 UTC: due 4 hours later, escalated 2 hours after that
    assertThat(access.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-23T18:00:00Z")));
    assertThat(offboarding.dueDateOfTimer(LadderIds.overdueTimer(TASK_REMOVE_SYSTEM_ACCESS)))
        .isEqualTo(Date.from(Instant.parse("2026-11-23T20:00:00Z")));
    offboarding.fireTimer(LadderIds.overdueTimer(TASK_REMOVE_SYSTEM_ACCESS));
    offboarding.runAsync(LadderIds.escalateStep(TASK_REMOVE_SYSTEM_ACCESS));
    assertThat(engine.getTaskService().getIdentityLinksForTask(access.getId())).extracting(IdentityLink::getGroupId)
        .contains("practice-managers");
  }

  @Test
  void offboardingEndsWithFinalRetentionDatesAndStopsThePersonsOtherProcesses() {
    StaffMember nurse = activeNurse("kit.marsh2");
    ProcessDriver offboarding = reportLeaver(nurse.getReference());
    offboarding.complete(TASK_REMOVE_SYSTEM_ACCESS, vars("accessTicket", "IT-99", "ehrAccessRemoved", true));
    offboarding.complete(TASK_COLLECT_EQUIPMENT, vars("badgeReturned", true, "keysReturned", true));

    assertThat(offboarding.isEnded()).isTrue();
    StaffMember left = staff.member(nurse.getId());
    assertThat(left.getStatus()).isEqualTo(StaffMember.Status.LEFT);
    assertThat(left.getLeftOn()).isEqualTo("2026-11-23");
    assertThat(left.getLeavingReason()).isEqualTo("dismissal");
    // I-9: 3 years after hire (1 Dec 2028) or 1 year after leaving (23 Nov 2027), whichever is later
    assertThat(staff.file(nurse.getId(), true).i9().getRetainUntil()).isEqualTo("2028-12-01");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nurse.getReference())
        .count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(nurse.getReference()).processDefinitionKey(RecurringCheckProcesses.LICENCE_KEY)
        .singleResult().getDeleteReason()).isEqualTo("staff member left");
  }

  @Test
  void unknownLeaverIsRefusedAndNothingStarts() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count();
    assertThatThrownBy(() -> reportLeaver("STF-1999-0001")).hasMessageContaining("No active staff member STF-1999-0001");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isEqualTo(before);
  }
}
