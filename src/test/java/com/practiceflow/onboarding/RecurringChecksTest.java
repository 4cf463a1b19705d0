package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.RecurringCheckProcesses.*;
import static com.practiceflow.onboarding.StaffTestSupport.clearExclusions;
import static com.practiceflow.onboarding.StaffTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.MailAssertions;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.escalation.LadderIds;
import com.practiceflow.notification.MailCatcher;
import com.practiceflow.staff.Credential;
import com.practiceflow.staff.NewStaffMember;
import com.practiceflow.staff.RoleProfile;
import com.practiceflow.staff.ScreeningSearch;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;
import com.practiceflow.staff.TrainingRecord;

@PracticeFlowTest
class RecurringChecksTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  StaffService staff;
  @Autowired
  StaffProcesses processes;
  @Autowired
  MailCatcher mail;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T14:00:00Z")));
    mail.clear();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private StaffMember active(String first, String formerNames) {
    StaffMember member = staff.registerCandidate(null, new NewStaffMember(first, "Rowe", formerNames,
        first.toLowerCase() + "@mail.example", null), new RoleProfile("biller", "billing", false, false, false),
        LocalDate.of(2026, 1, 5));
    staff.hired(member.getId(), LocalDate.of(2026, 1, 12));
    return staff.member(member.getId());
  }

  private List<String> candidateGroups(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  @Test
  void monthlyRescreenGivesEachActivePersonATaskAndSendsOnlyAMatchToCompliance() {
    StaffMember ann = active("Ann", "Ann Vale");
    StaffMember bo = active("Bo", null);
    Job schedule = engine.getManagementService().createJobQuery().processDefinitionKey(RESCREEN_KEY).timers()
        .singleResult();
    // 6-field cron 0 0 8 1 * ?: the next 1st of the month at 08:00 server time
    assertThat(schedule.getDuedate()).isAfter(ClockUtil.getCurrentTime());

    engine.getManagementService().executeJob(schedule.getId());

    var instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RESCREEN_KEY)
        .processInstanceBusinessKey("EXC-2026-11").singleResult();
    List<Task> searches = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_RESCREEN_STAFF_MEMBER).list();
    Map<String, Task> byPerson = new java.util.HashMap<>();
    for (Task task : searches) {
      byPerson.put((String) engine.getTaskService().getVariable(task.getId(), "caseReference"), task);
    }
    assertThat(byPerson).containsKeys(ann.getReference(), bo.getReference());
    assertThat(candidateGroups(byPerson.get(ann.getReference()).getId())).containsExactly("hr");
    assertThat((String) engine.getTaskService().getVariable(byPerson.get(ann.getReference()).getId(), "namesToSearch"))
        .contains("Ann Rowe").contains("Ann Vale");

    // Ann's search is late: only Ann's task is escalated
    ProcessDriver rescreen = new ProcessDriver(engine, instance.getId());
    String annTask = byPerson.get(ann.getReference()).getId();
    Job annOverdue = engine.getManagementService().createJobQuery().timers()
        .activityId(LadderIds.overdueTimer(TASK_RESCREEN_STAFF_MEMBER)).processInstanceId(instance.getId()).list()
        .stream().filter(j -> j.getExecutionId().equals(engine.getTaskService().createTaskQuery().taskId(annTask)
            .singleResult().getExecutionId())).findFirst().orElseThrow();
    engine.getManagementService().executeJob(annOverdue.getId());
    for (Job step : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(LadderIds.escalateStep(TASK_RESCREEN_STAFF_MEMBER)).list()) {
      engine.getManagementService().executeJob(step.getId());
    }
    assertThat(candidateGroups(annTask)).contains("practice-managers");
    assertThat(candidateGroups(byPerson.get(bo.getReference()).getId())).doesNotContain("practice-managers");

    engine.getTaskService().complete(annTask, clearExclusions());
    Map<String, Object> match = clearExclusions();
    match.put("leieResult", "possible-match");
    engine.getTaskService().complete(byPerson.get(bo.getReference()).getId(), match);

    List<Task> reviews = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_REVIEW_EXCLUSION_HIT).list();
    assertThat(reviews).singleElement().satisfies(review -> {
      assertThat(candidateGroups(review.getId())).containsExactly("compliance");
      assertThat(engine.getTaskService().getVariable(review.getId(), "caseReference")).isEqualTo(bo.getReference());
    });
    engine.getTaskService().complete(reviews.get(0).getId(), vars("hitDecision", "not-the-same-person"));
    assertThat(engine.getRuntimeService().getVariablesLocal(instance.getId())).doesNotContainKey("hitDecision");
    // Ann's and Bo's searches are done (other active staff of the shared test database still have theirs)
    for (Task open : engine.getTaskService().createTaskQuery().processInstanceId(rescreen.id()).list()) {
      assertThat(engine.getTaskService().getVariable(open.getId(), "caseReference"))
          .isNotIn(ann.getReference(), bo.getReference());
    }
    assertThat(staff.file(bo.getId(), true).screeningSearches()).hasSize(3).allSatisfy(s ->
        assertThat(s.getOccasion()).isEqualTo(ScreeningSearch.Occasion.MONTHLY_RESCREEN));
    assertThat(staff.file(bo.getId(), true).reviews()).singleElement()
        .satisfies(r -> assertThat(r.getOutcome()).isEqualTo("not-the-same-person"));
    assertThat(staff.file(ann.getId(), true).reviews()).isEmpty();
  }

  @Test
  void licenceRenewalOpensAt90DaysRemindsAt60And30AndEscalatesWhenItExpires() {
    StaffMember member = active("Cy", null);
    Credential credential = staff.recordCredential(member.getId(), "RN", "RN-1", "NY", LocalDate.of(2027, 3, 1),
        LocalDate.of(2026, 1, 5), "board-website", true);
    processes.startLicenceMonitoring(member, credential.getId(), LocalDate.of(2027, 3, 1));
    ProcessDriver licence = new ProcessDriver(engine, engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LICENCE_KEY).processInstanceBusinessKey(member.getReference()).singleResult().getId());
    assertThat(licence.dueDateOfTimer(TIMER_RENEWAL_OPENS)).isEqualTo(Date.from(Instant.parse("2026-12-01T22:00:00Z")));

    licence.fireTimer(TIMER_RENEWAL_OPENS);
    licence.runAsync("Task_NotifyRenewalDue");
    var renew = licence.task(TASK_RENEW_LICENCE);
    assertThat(candidateGroups(renew.getId())).containsExactly("hr");
    assertThat(renew.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-03-01T22:00:00Z")));
    assertThat(licence.dueDateOfTimer(BOUNDARY_60_DAYS)).isEqualTo(Date.from(Instant.parse("2026-12-31T22:00:00Z")));
    assertThat(licence.dueDateOfTimer(BOUNDARY_30_DAYS)).isEqualTo(Date.from(Instant.parse("2027-01-30T22:00:00Z")));
    licence.fireTimer(BOUNDARY_60_DAYS);
    licence.runAsync(TASK_REMIND_60_DAYS);
    licence.fireTimer(BOUNDARY_30_DAYS);
    licence.runAsync(TASK_REMIND_30_DAYS);
    assertThat(MailAssertions.to(mail, "hr@practice.example")).extracting(MailAssertions.Mail::subject)
        .filteredOn(s -> s.startsWith("Reminder: Renew and re-verify license")).hasSize(2);
    assertThat(MailAssertions.to(mail, "hr@practice.example")).extracting(MailAssertions.Mail::subject)
        .anyMatch(s -> s.startsWith("New case " + member.getReference()));
    // expired: escalated to the managers that day
    assertThat(licence.dueDateOfTimer(LadderIds.overdueTimer(TASK_RENEW_LICENCE))).isEqualTo(renew.getDueDate());
    licence.fireTimer(LadderIds.overdueTimer(TASK_RENEW_LICENCE));
    licence.runAsync(LadderIds.escalateStep(TASK_RENEW_LICENCE));
    assertThat(candidateGroups(renew.getId())).contains("practice-managers");

    licence.complete(TASK_RENEW_LICENCE, vars("newLicenceExpiresOn", "2029-02-28", "licenceVerifiedOn", "2027-02-20",
        "licenceVerificationMethod", "board-website"));

    assertThat(staff.file(member.getId(), false).credentials()).singleElement()
        .satisfies(c -> assertThat(c.getExpiresOn()).isEqualTo("2029-02-28"));
    assertThat(licence.dueDateOfTimer(TIMER_RENEWAL_OPENS)).isEqualTo(Date.from(Instant.parse("2028-11-30T22:00:00Z")));
  }

  @Test
  void annualBloodborneRetrainingReachesThePersonAndRestartsFromTheNewDate() {
    StaffMember member = staff.registerCandidate(null, new NewStaffMember("Dee", "Rowe", null, "dee@mail.example", null),
        new RoleProfile("phlebotomist", "clinicians", true, false, true), LocalDate.of(2026, 1, 5));
    staff.hired(member.getId(), LocalDate.of(2026, 1, 12));
    processes.startBloodborneRetraining(member, "clinician", LocalDate.of(2026, 1, 20));
    ProcessDriver retraining = new ProcessDriver(engine, engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(BLOODBORNE_KEY).processInstanceBusinessKey(member.getReference()).singleResult().getId());
    // 335 days after 20 Jan 2026: 21 Dec 2026
    assertThat(retraining.dueDateOfTimer(TIMER_RETRAINING_OPENS)).isEqualTo(Date.from(Instant.parse("2026-12-21T22:00:00Z")));

    retraining.fireTimer(TIMER_RETRAINING_OPENS);
    var task = retraining.task(TASK_ANNUAL_BLOODBORNE_TRAINING);
    assertThat(task.getAssignee()).isEqualTo("clinician");
    assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-01-20T22:00:00Z")));
    retraining.complete(TASK_ANNUAL_BLOODBORNE_TRAINING, vars("bbpTrainingOn", "2027-01-10", "bbpTrainer", "Pat",
        "bbpTrainerQualifications", "RN", "bbpContentVersion", "BBP-8"));

    assertThat(staff.file(member.getId(), false).trainings()).singleElement().satisfies(t -> {
      assertThat(t.getTrainingType()).isEqualTo(TrainingRecord.Type.BLOODBORNE_PATHOGENS);
      assertThat(t.getRetainUntil()).isEqualTo("2030-01-10");
    });
    // still exposed: the next year counts from the new training, 335 days after 10 Jan 2027
    assertThat(retraining.dueDateOfTimer(TIMER_RETRAINING_OPENS)).isEqualTo(Date.from(Instant.parse("2027-12-11T22:00:00Z")));
  }
}
