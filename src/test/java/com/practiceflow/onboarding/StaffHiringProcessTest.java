package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffHiringProcess.*;
import static com.practiceflow.onboarding.StaffTestSupport.clearExclusions;
import static com.practiceflow.onboarding.StaffTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.staff.Credential;
import com.practiceflow.staff.Requisition;
import com.practiceflow.staff.ScreeningSearch;
import com.practiceflow.staff.StaffFile;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

@PracticeFlowTest
class StaffHiringProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  StaffService staff;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T14:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  private ProcessDriver requisition(String role) {
    engine.getIdentityService().setAuthentication("manager", List.of("practice-managers"));
    String id = engine.getRuntimeService().startProcessInstanceByKey(KEY,
        vars("jobTitle", "Practice nurse", "role", role, "justification", "Growing list")).getId();
    engine.getIdentityService().clearAuthentication();
    return new ProcessDriver(engine, id);
  }

  /** Through approval, posting, screening, interview and an accepted offer: the checks are open. */
  private ProcessDriver toChecks(String role) {
    ProcessDriver hiring = requisition(role);
    hiring.complete(TASK_APPROVE_REQUISITION, vars("requisitionApproved", true));
    hiring.complete(TASK_POST_JOB, vars("postedOn", "2026-11-23"));
    hiring.complete(TASK_SCREEN_CANDIDATES, vars("candidateFirstName", "Dana", "candidateLastName", "Okafor",
        "candidateFormerNames", "Dana Mensah\nDana Okafor-Mensah", "candidateEmail", "dana@mail.example"));
    hiring.complete(TASK_INTERVIEW_CANDIDATE, vars("recommendHire", true));
    hiring.complete(TASK_MAKE_OFFER, vars("offerAccepted", true, "proposedStartDate", "2026-12-07"));
    return hiring;
  }

  private StaffMember member(ProcessDriver hiring) {
    Long staffId = (Long) engine.getRuntimeService().getVariable(hiring.id(), "staffId");
    return staff.member(staffId);
  }

  private Long staffId(ProcessDriver hiring) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(hiring.id())
        .variableName("staffId").singleResult().getValue()).longValue();
  }

  private List<String> candidateGroups(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  @Test
  void cleanHireOfALicensedNurseStartsOnboardingAndLicenceMonitoring() {
    ProcessDriver hiring = requisition("registered-nurse");
    assertThat(candidateGroups(hiring.task(TASK_APPROVE_REQUISITION).getId())).containsExactly("practice-managers");
    hiring.complete(TASK_APPROVE_REQUISITION, vars("requisitionApproved", true));
    hiring.complete(TASK_POST_JOB, vars("postedOn", "2026-11-23"));
    hiring.complete(TASK_SCREEN_CANDIDATES, vars("candidateFirstName", "Dana", "candidateLastName", "Okafor",
        "candidateFormerNames", "Dana Mensah", "candidateEmail", "dana@mail.example"));
    assertThat(candidateGroups(hiring.task(TASK_INTERVIEW_CANDIDATE).getId())).containsExactly("clinicians");
    hiring.complete(TASK_INTERVIEW_CANDIDATE, vars("recommendHire", true));
    hiring.complete(TASK_MAKE_OFFER, vars("offerAccepted", true, "proposedStartDate", "2026-12-07"));

    StaffMember candidate = member(hiring);
    assertThat(candidate.getStatus()).isEqualTo(StaffMember.Status.CHECKS_OPEN);
    assertThat(candidate.getStartDate()).isNull();
    hiring.complete(TASK_BACKGROUND_CHECK, vars("backgroundResult", "clear", "backgroundEvidence", "BG-77"));
    hiring.complete(TASK_SCREEN_EXCLUSIONS, clearExclusions());
    hiring.complete(TASK_VERIFY_LICENCE, vars("licenceType", "RN", "licenceNumber", "RN-123", "licenceState", "NY",
        "licenceExpiresOn", "2027-03-01", "licenceVerifiedOn", "2026-11-24", "licenceVerificationMethod",
        "board-website", "licenceVerified", "verified"));
    assertThat(engine.getRuntimeService().getVariables(hiring.id())).doesNotContainKeys("namesToSearch",
        "exclusionEvidence", "candidateFormerNames", "backgroundEvidence");
    hiring.complete(TASK_CONFIRM_START_DATE, vars("startDate", "2026-12-07"));

    assertThat(hiring.isEnded()).isTrue();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(hiring.id())
        .variableNameIn("namesToSearch", "exclusionEvidence", "candidateFormerNames", "backgroundEvidence").count())
        .isZero();
    StaffMember hired = staff.member(candidate.getId());
    assertThat(hired.getStatus()).isEqualTo(StaffMember.Status.ACTIVE);
    assertThat(hired.getStartDate()).isEqualTo("2026-12-07");
    assertThat(hired.getRoleGroup()).isEqualTo("clinicians");
    assertThat(staff.requisition(hired.getRequisitionId()).getStatus()).isEqualTo(Requisition.Status.FILLED);
    assertThat(staff.requisition(hired.getRequisitionId()).getDecidedBy()).isNull();
    StaffFile file = staff.file(hired.getId(), true);
    assertThat(file.screeningSearches()).extracting(ScreeningSearch::getSource).containsExactlyInAnyOrder(
        ScreeningSearch.Source.BACKGROUND_CHECK, ScreeningSearch.Source.OIG_LEIE, ScreeningSearch.Source.GSA_SAM,
        ScreeningSearch.Source.STATE_MEDICAID);
    assertThat(file.screeningSearches()).allSatisfy(search -> {
      assertThat(search.getNamesSearched()).contains("Dana Okafor").contains("Dana Mensah");
      assertThat(search.getResult()).isEqualTo(ScreeningSearch.Result.CLEAR);
      assertThat(search.getRetainUntil()).isEqualTo(search.getSearchedOn().plusYears(6));
    });
    assertThat(file.credentials()).singleElement().satisfies(c -> {
      assertThat(c.getStatus()).isEqualTo(Credential.Status.VERIFIED);
      assertThat(c.getVerificationMethod()).isEqualTo("board-website");
      assertThat(c.getExpiresOn()).isEqualTo("2027-03-01");
    });
    var onboarding = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(StaffOnboardingProcess.KEY).processInstanceBusinessKey(hired.getReference()).singleResult();
    assertThat(onboarding).isNotNull();
    ProcessDriver onboard = new ProcessDriver(engine, onboarding.getId());
    assertThat(candidateGroups(onboard.task(StaffOnboardingProcess.TASK_PROVISION_ACCOUNTS).getId()))
        .containsExactly("it");
    var licence = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(RecurringCheckProcesses.LICENCE_KEY).processInstanceBusinessKey(hired.getReference())
        .singleResult();
    // 90 days before 1 Mar 2027 is 1 Dec 2026, 17:00 New York
    assertThat(new ProcessDriver(engine, licence.getId()).dueDateOfTimer(RecurringCheckProcesses.TIMER_RENEWAL_OPENS))
        .isEqualTo(Date.from(Instant.parse("2026-12-01T22:00:00Z")));
  }

  @Test
  void aManagerCannotApproveTheirOwnRequisition() {
    ProcessDriver hiring = requisition("front-desk");
    engine.getIdentityService().setAuthentication("manager", List.of("practice-managers"));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> hiring.complete(TASK_APPROVE_REQUISITION,
          vars("requisitionApproved", true))).hasMessageContaining("another manager");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    hiring.task(TASK_APPROVE_REQUISITION);
  }

  @Test
  void requisitionDecisionRecordsWhoDecided() {
    engine.getIdentityService().setAuthentication("hr", List.of("hr"));
    String id = engine.getRuntimeService().startProcessInstanceByKey(KEY,
        vars("jobTitle", "Receptionist", "role", "front-desk", "justification", "Cover")).getId();
    engine.getIdentityService().clearAuthentication();
    ProcessDriver hiring = new ProcessDriver(engine, id);
    engine.getIdentityService().setAuthentication("manager", List.of("practice-managers"));
    hiring.complete(TASK_APPROVE_REQUISITION, vars("requisitionApproved", false));
    engine.getIdentityService().clearAuthentication();

    assertThat(hiring.isEnded()).isTrue();
    Long requisitionId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(hiring.id()).variableName("requisitionId").singleResult().getValue();
    Requisition requisition = staff.requisition(requisitionId);
    assertThat(requisition.getStatus()).isEqualTo(Requisition.Status.REJECTED);
    assertThat(requisition.getDecidedBy()).isEqualTo("manager");
    assertThat(requisition.getRequestedBy()).isEqualTo("hr");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(hiring.id())
        .activityId(END_REQUISITION_REJECTED).count()).isEqualTo(1);
  }

  @Test
  void declinedOfferGoesBackToScreening() {
    ProcessDriver hiring = requisition("front-desk");
    hiring.complete(TASK_APPROVE_REQUISITION, vars("requisitionApproved", true));
    hiring.complete(TASK_POST_JOB, vars("postedOn", "2026-11-23"));
    hiring.complete(TASK_SCREEN_CANDIDATES, vars("candidateFirstName", "Lee", "candidateLastName", "Park",
        "candidateEmail", "lee@mail.example"));
    // not a clinical role: the managers interview
    assertThat(candidateGroups(hiring.task(TASK_INTERVIEW_CANDIDATE).getId())).containsExactly("practice-managers");
    hiring.complete(TASK_INTERVIEW_CANDIDATE, vars("recommendHire", true));
    hiring.complete(TASK_MAKE_OFFER, vars("offerAccepted", false));

    hiring.task(TASK_SCREEN_CANDIDATES);
    assertThat(engine.getRuntimeService().getVariable(hiring.id(), "staffId")).isNull();
  }

  @Test
  void exclusionHitStopsTheHireAtComplianceWithNoStartDateAndNoAccounts() {
    ProcessDriver hiring = toChecks("medical-assistant");
    hiring.complete(TASK_BACKGROUND_CHECK, vars("backgroundResult", "clear", "backgroundEvidence", "BG-1"));
    Map<String, Object> hit = clearExclusions();
    hit.put("samResult", "possible-match");
    hiring.complete(TASK_SCREEN_EXCLUSIONS, hit);

    var review = hiring.task(TASK_REVIEW_PRE_HIRE_CHECKS);
    assertThat(candidateGroups(review.getId())).containsExactly("compliance");
    // the results live in the staff file only: the process says which check needs review, not what it found
    assertThat(engine.getTaskService().getVariable(review.getId(), "checksToReview")).isEqualTo("exclusion screening");
    assertThat(engine.getRuntimeService().getVariables(hiring.id())).doesNotContainKeys("samResult", "leieResult",
        "medicaidResult", "backgroundResult", "exclusionEvidence");
    StaffMember held = member(hiring);
    assertThat(held.getStatus()).isEqualTo(StaffMember.Status.IN_COMPLIANCE_REVIEW);
    assertThat(held.getStartDate()).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(held.getReference())
        .count()).isZero();

    engine.getIdentityService().setAuthentication("compliance", List.of("compliance"));
    hiring.complete(TASK_REVIEW_PRE_HIRE_CHECKS, vars("complianceDecision", "withdraw", "complianceRationale", "Match"));
    engine.getIdentityService().clearAuthentication();

    // the requisition stays open: screening starts again for another candidate
    hiring.task(TASK_SCREEN_CANDIDATES);
    StaffMember withdrawn = staff.member(held.getId());
    assertThat(withdrawn.getStatus()).isEqualTo(StaffMember.Status.WITHDRAWN);
    assertThat(staff.requisition(withdrawn.getRequisitionId()).getStatus()).isEqualTo(Requisition.Status.APPROVED);
    assertThat(staff.file(held.getId(), false).reviews()).isEmpty();
    assertThat(staff.file(held.getId(), true).reviews()).singleElement().satisfies(r -> {
      assertThat(r.getOutcome()).isEqualTo("withdraw");
      assertThat(r.getDecidedBy()).isEqualTo("compliance");
    });
    assertThat(staff.file(held.getId(), true).screeningSearches()).filteredOn(s -> s.getSource()
        == ScreeningSearch.Source.GSA_SAM).singleElement()
        .satisfies(s -> assertThat(s.getResult()).isEqualTo(ScreeningSearch.Result.POSSIBLE_MATCH));
  }

  @Test
  void licenceThatCannotBeVerifiedGoesToComplianceWhoMayLetTheHireProceed() {
    ProcessDriver hiring = toChecks("physician");
    hiring.complete(TASK_BACKGROUND_CHECK, vars("backgroundResult", "clear", "backgroundEvidence", "BG-2"));
    hiring.complete(TASK_SCREEN_EXCLUSIONS, clearExclusions());
    hiring.complete(TASK_VERIFY_LICENCE, vars("licenceType", "MD", "licenceNumber", "MD-9", "licenceState", "NY",
        "licenceExpiresOn", "2028-01-31", "licenceVerifiedOn", "2026-11-24", "licenceVerificationMethod", "phone",
        "licenceVerified", "unverifiable"));

    hiring.task(TASK_REVIEW_PRE_HIRE_CHECKS);
    assertThat(member(hiring).getStatus()).isEqualTo(StaffMember.Status.IN_COMPLIANCE_REVIEW);
    hiring.complete(TASK_REVIEW_PRE_HIRE_CHECKS, vars("complianceDecision", "proceed", "complianceRationale",
        "Board confirmed by letter"));

    hiring.task(TASK_CONFIRM_START_DATE);
  }

  @Test
  void unlicensedRoleSkipsLicenceVerification() {
    ProcessDriver hiring = toChecks("biller");
    hiring.complete(TASK_BACKGROUND_CHECK, vars("backgroundResult", "clear", "backgroundEvidence", "BG-3"));
    hiring.complete(TASK_SCREEN_EXCLUSIONS, clearExclusions());

    hiring.task(TASK_CONFIRM_START_DATE);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(hiring.id())
        .activityId(TASK_VERIFY_LICENCE).count()).isZero();
    assertThat(member(hiring).getStatus()).isEqualTo(StaffMember.Status.CLEARED);
  }

  @Test
  void everyHiringTaskHasADeadlineFromConfiguration() {
    ProcessDriver hiring = toChecks("biller");
    // offer accepted on Monday 23 Nov: exclusion screening due in 2 business days, Wednesday 25 Nov
    assertThat(hiring.task(TASK_SCREEN_EXCLUSIONS).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-11-25T22:00:00Z")));
    assertThat(hiring.task(TASK_BACKGROUND_CHECK).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-12-01T22:00:00Z")));
  }
}
