package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffOnboardingProcess.*;
import static com.practiceflow.onboarding.StaffTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.MailAssertions;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.escalation.LadderIds;
import com.practiceflow.notification.MailCatcher;
import com.practiceflow.staff.NewStaffMember;
import com.practiceflow.staff.ReviewOutcome;
import com.practiceflow.staff.RoleProfile;
import com.practiceflow.staff.StaffFile;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;
import com.practiceflow.staff.TrainingRecord;
import com.practiceflow.staff.VaccineOffer;

@PracticeFlowTest
class StaffOnboardingProcessTest {

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
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-16T14:00:00Z")));
    mail.clear();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  /** A person hired for {@code role}, starting on {@code startDate}; returns their onboarding. */
  private ProcessDriver onboard(String firstName, RoleProfile role, String startDate) {
    StaffMember member = staff.registerCandidate(null, new NewStaffMember(firstName, "Quill", null,
        firstName.toLowerCase() + "@mail.example", null), role, LocalDate.of(2026, 11, 16));
    staff.hired(member.getId(), LocalDate.parse(startDate));
    processes.startOnboarding(staff.member(member.getId()), LocalDate.parse(startDate));
    return new ProcessDriver(engine, engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(KEY).processInstanceBusinessKey(member.getReference()).singleResult().getId());
  }

  static RoleProfile nurse() {
    return new RoleProfile("registered-nurse", "clinicians", true, true, true);
  }

  static RoleProfile biller() {
    return new RoleProfile("biller", "billing", false, false, false);
  }

  private StaffMember member(ProcessDriver onboarding) {
    String reference = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(onboarding.id())
        .singleResult().getBusinessKey();
    return staff.byReference(reference).orElseThrow();
  }

  private List<String> candidateGroups(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  @Test
  void i9DeadlinesFromAFridayStartAndSectionTwoEscalatesOnItsDueDay() {
    ProcessDriver onboarding = onboard("Fern", biller(), "2026-11-20");
    var section1 = onboarding.task(TASK_I9_SECTION1);
    assertThat(candidateGroups(section1.getId())).containsExactly("hr");
    assertThat(section1.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-20T22:00:00Z")));
    onboarding.complete(TASK_I9_SECTION1, vars("i9Section1On", "2026-11-20"));

    var section2 = onboarding.task(TASK_I9_SECTION2);
    // Friday start: Monday, Tuesday, Wednesday 25 Nov
    assertThat(section2.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-25T22:00:00Z")));
    assertThat(onboarding.dueDateOfTimer(LadderIds.overdueTimer(TASK_I9_SECTION2))).isEqualTo(section2.getDueDate());
    onboarding.fireTimer(LadderIds.overdueTimer(TASK_I9_SECTION2));
    onboarding.runAsync(LadderIds.escalateStep(TASK_I9_SECTION2));
    onboarding.runAsync(LadderIds.emailStep(TASK_I9_SECTION2));
    assertThat(candidateGroups(section2.getId())).contains("practice-managers");
    var escalated = MailAssertions.to(mail, "manager@practice.example");
    assertThat(escalated).singleElement().satisfies(m -> {
      assertThat(m.subject()).contains("I-9 Section 2").contains(member(onboarding).getReference());
      assertThat(m.subject() + m.body()).doesNotContain("Fern").doesNotContain("Quill");
    });

    onboarding.complete(TASK_I9_SECTION2, vars("i9Section2On", "2026-11-24"));
    StaffFile file = staff.file(member(onboarding).getId(), true);
    assertThat(file.i9().getSection1On()).isEqualTo("2026-11-20");
    assertThat(file.i9().getSection2On()).isEqualTo("2026-11-24");
    assertThat(file.i9().getRetainUntil()).isEqualTo("2029-11-20");
  }

  @Test
  void accountsComeBeforeDayOneAndTheNewPersonsOwnTasksReachThem() {
    ProcessDriver onboarding = onboard("Gale", nurse(), "2026-11-23");
    var accounts = onboarding.task(TASK_PROVISION_ACCOUNTS);
    assertThat(candidateGroups(accounts.getId())).containsExactly("it");
    // the business day before Monday 23 Nov
    assertThat(accounts.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-20T22:00:00Z")));
    assertThat(onboarding.task(TASK_ISSUE_BADGE).getDueDate()).isEqualTo(accounts.getDueDate());

    onboarding.complete(TASK_PROVISION_ACCOUNTS, vars("accountsTicket", "IT-42", "staffUserId", "gale.quill"));

    assertThat(engine.getIdentityService().createUserQuery().userId("gale.quill").memberOfGroup("clinicians").count())
        .isEqualTo(1);
    assertThat(member(onboarding).getUserId()).isEqualTo("gale.quill");
    var training = onboarding.task(TASK_COMPLETE_HIPAA_TRAINING);
    assertThat(training.getAssignee()).isEqualTo("gale.quill");
    assertThat(candidateGroups(training.getId())).isEmpty();
    // nobody completes a person's own training for them, not even HR or a manager
    for (String other : List.of("hr", "manager")) {
      engine.getIdentityService().setAuthentication(other, List.of("hr", "practice-managers"));
      try {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(training.getId(),
            vars("hipaaTrainingOn", "2026-11-23", "hipaaTrainer", "x", "hipaaContentVersion", "1")))
            .hasMessageContaining("Only gale.quill");
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    engine.getIdentityService().setAuthentication("gale.quill", List.of("clinicians"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().taskAssignee("gale.quill").list())
          .extracting(t -> t.getTaskDefinitionKey()).contains(TASK_COMPLETE_HIPAA_TRAINING);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void exposedRoleIsTrainedOffersTheVaccineWithinTenWorkingDaysAndStartsAnnualRetraining() {
    ProcessDriver onboarding = onboard("Hana", nurse(), "2026-11-23");
    onboarding.complete(TASK_PROVISION_ACCOUNTS, vars("accountsTicket", "IT-43", "staffUserId", "hana.quill"));
    onboarding.complete(TASK_COMPLETE_HIPAA_TRAINING, vars("hipaaTrainingOn", "2026-11-23", "hipaaTrainer", "Casey",
        "hipaaContentVersion", "2026.1"));
    assertThat(onboarding.task(TASK_COMPLETE_BLOODBORNE_TRAINING).getAssignee()).isEqualTo("hana.quill");
    onboarding.complete(TASK_COMPLETE_BLOODBORNE_TRAINING, vars("bbpTrainingOn", "2026-11-23", "bbpTrainer", "Pat",
        "bbpTrainerQualifications", "RN, OSHA trainer", "bbpContentVersion", "BBP-7"));

    var offer = onboarding.task(TASK_OFFER_HEPATITIS_B);
    // 10 working days from Monday 23 Nov, Thanksgiving skipped: Tuesday 8 Dec
    assertThat(offer.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-08T22:00:00Z")));
    onboarding.complete(TASK_OFFER_HEPATITIS_B, vars("vaccineOfferedOn", "2026-11-24", "vaccineDecision", "declined"));
    engine.getIdentityService().setAuthentication("hana.quill", List.of("clinicians"));
    onboarding.complete(TASK_ACKNOWLEDGE_POLICIES, vars("handbookAcknowledged", true));
    engine.getIdentityService().clearAuthentication();

    StaffMember member = member(onboarding);
    StaffFile file = staff.file(member.getId(), false);
    assertThat(file.trainings()).extracting(TrainingRecord::getTrainingType).containsExactly(
        TrainingRecord.Type.HIPAA_PRIVACY_AND_SECURITY, TrainingRecord.Type.BLOODBORNE_PATHOGENS);
    assertThat(file.trainings()).filteredOn(t -> t.getTrainingType() == TrainingRecord.Type.BLOODBORNE_PATHOGENS)
        .singleElement().satisfies(t -> {
          assertThat(t.getTrainerQualifications()).isEqualTo("RN, OSHA trainer");
          assertThat(t.getRetainUntil()).isEqualTo("2029-11-23");
        });
    assertThat(file.vaccineOffers()).singleElement().satisfies(v -> {
      assertThat(v.getDecision()).isEqualTo(VaccineOffer.Decision.DECLINED);
      assertThat(v.getRetainUntil()).isEqualTo("2056-11-24");
    });
    assertThat(file.reviews()).singleElement().satisfies(r -> {
      assertThat(r.getKind()).isEqualTo(ReviewOutcome.Kind.POLICY_ACKNOWLEDGEMENT);
      assertThat(r.getDecidedBy()).isEqualTo("hana.quill");
    });
    var retraining = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(RecurringCheckProcesses.BLOODBORNE_KEY).processInstanceBusinessKey(member.getReference())
        .singleResult();
    // 335 days after 23 Nov 2026: 24 Oct 2027
    assertThat(new ProcessDriver(engine, retraining.getId()).dueDateOfTimer(RecurringCheckProcesses.TIMER_RETRAINING_OPENS))
        .isEqualTo(Date.from(Instant.parse("2027-10-24T21:00:00Z")));
  }

  @Test
  void roleWithoutExposureGoesStraightFromHipaaTrainingToPolicies() {
    ProcessDriver onboarding = onboard("Ivo", biller(), "2026-11-23");
    onboarding.complete(TASK_PROVISION_ACCOUNTS, vars("accountsTicket", "IT-44", "staffUserId", "ivo.quill"));
    onboarding.complete(TASK_COMPLETE_HIPAA_TRAINING, vars("hipaaTrainingOn", "2026-11-24", "hipaaTrainer", "Casey",
        "hipaaContentVersion", "2026.1"));

    onboarding.task(TASK_ACKNOWLEDGE_POLICIES);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(onboarding.id())
        .activityId(TASK_OFFER_HEPATITIS_B).count()).isZero();
  }

  @Test
  void checkInsAt30_60And90DaysThenTheIntroductoryDecisionCanEndEmployment() {
    ProcessDriver onboarding = onboard("Juno", biller(), "2026-11-23");
    assertThat(onboarding.dueDateOfTimer(TIMER_DAY_30)).isEqualTo(Date.from(Instant.parse("2026-12-23T22:00:00Z")));
    onboarding.fireTimer(TIMER_DAY_30);
    assertThat(candidateGroups(onboarding.task(TASK_CHECK_IN_30).getId())).containsExactly("practice-managers");
    onboarding.complete(TASK_CHECK_IN_30, vars("checkInOutcome", "on-track"));
    assertThat(onboarding.dueDateOfTimer(TIMER_DAY_60)).isEqualTo(Date.from(Instant.parse("2027-01-22T22:00:00Z")));
    onboarding.fireTimer(TIMER_DAY_60);
    onboarding.complete(TASK_CHECK_IN_60, vars("checkInOutcome", "concerns"));
    onboarding.fireTimer(TIMER_DAY_90);
    onboarding.complete(TASK_CHECK_IN_90, vars("checkInOutcome", "action-plan"));
    onboarding.complete(TASK_DECIDE_INTRODUCTORY_PERIOD, vars("introductoryDecision", "extend"));
    // extended: decided again when the extension ends
    onboarding.fireTimer("TimerEvent_ExtensionEnds");
    onboarding.complete(TASK_DECIDE_INTRODUCTORY_PERIOD, vars("introductoryDecision", "end"));

    StaffMember member = member(onboarding);
    assertThat(staff.file(member.getId(), false).reviews()).extracting(ReviewOutcome::getKind).containsExactly(
        ReviewOutcome.Kind.CHECK_IN_30, ReviewOutcome.Kind.CHECK_IN_60, ReviewOutcome.Kind.CHECK_IN_90,
        ReviewOutcome.Kind.INTRODUCTORY_PERIOD, ReviewOutcome.Kind.INTRODUCTORY_PERIOD);
    var offboarding = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(StaffOffboardingProcess.KEY).processInstanceBusinessKey(member.getReference())
        .singleResult();
    assertThat(offboarding).isNotNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(onboarding.id())
        .activityId(END_EMPLOYMENT_ENDED).count()).isEqualTo(1);
  }
}
