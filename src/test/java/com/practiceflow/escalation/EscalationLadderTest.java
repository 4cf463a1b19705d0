package com.practiceflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.practiceflow.MailAssertions;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.RestClient;
import com.practiceflow.notification.MailCatcher;
import com.practiceflow.policies.PolicyDraft;
import com.practiceflow.policies.PolicyService;
import com.practiceflow.policies.PolicyVersion;

/**
 * Every escalation timer of every user task: the reminder reaches the people holding the task, the escalation brings
 * in the practice managers, raises the priority, records it on the case and emails the managers.
 */
@PracticeFlowTest
class EscalationLadderTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  MailCatcher mail;
  @Autowired
  Escalations escalations;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PolicyService policies;
  @org.springframework.boot.test.web.server.LocalServerPort
  int port;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T14:00:00Z")));
    mail.clear();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  /** Starts a process right before the task, as if the case had got that far. */
  private ProcessDriver atTask(String processKey, String taskKey, String category) {
    Map<String, Object> variables = new HashMap<>(Map.of("complaintId", 0L, "caseReference", "CMP-2026-LADDER",
        "category", category, "receivedOn", "2026-11-23", "discoveredOn", "2026-11-23", "severity", "HIGH",
        "ownerGroup", "clinicians", "jurisdiction", "US"));
    variables.putAll(Map.of("startDate", "2026-11-30", "licenceExpiresOn", "2027-03-01", "lastDay", "2026-11-24",
        "lastBloodborneTrainingOn", "2026-01-10", "interviewGroup", "clinicians", "staffUserId", "clinician"));
    variables.putAll(Map.of("filingDeadline", "2027-03-25", "appealFiledOn", "2027-01-10", "decisionDays", 60,
        "correctedClaimDays", 180, "noticeDate", "2026-11-20", "negotiationStartedOn", "2026-12-01",
        "negotiationEndsOn", "2027-01-14", "attestee", "frontdesk", "nextReviewOn", "2027-11-23"));
    variables.putAll(Map.of("approverGroup", "practice-managers", "policyOwner", "clinician"));
    String businessKey = "CMP-2026-LADDER";
    if ("policyApproval".equals(processKey)) {
      // a policy's steps restate their routing from the draft's record, so the draft must exist
      PolicyVersion draft = policies.draft(new PolicyDraft(null, "Ladder probe", "general", "clinician",
          "clinicians", List.of("clinicians"), null, "Text", null, 12, false), LocalDate.of(2026, 11, 23));
      businessKey = policies.policy(draft.getPolicyId()).getReference();
      variables.put("versionId", draft.getId());
    }
    String id = engine.getRuntimeService().createProcessInstanceByKey(processKey).businessKey(businessKey)
        .startBeforeActivity(taskKey).setVariables(Variables.fromMap(variables)).execute().getId();
    return new ProcessDriver(engine, id);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      "complaintResolution, Task_AcknowledgeComplaint, Acknowledge complaint,   clinician",
      "complaintResolution, Task_InvestigateComplaint, Investigate complaint,   clinician",
      "complaintResolution, Task_SendInterimLetter,    Send interim letter,     clinician",
      "complaintResolution, Task_DraftResponse,        Draft written response,  clinician",
      "complaintResolution, Task_ApproveResponse,      Approve response,        manager",
      "complaintResolution, Task_CloseComplaint,       Send response and close, clinician",
      "breachAssessment,    Task_AssessBreachRisk,     Assess breach risk,      compliance",
      "breachAssessment,    Task_NotifyIndividuals,    Notify affected individuals, compliance",
      "staffHiring, Task_ApproveRequisition, Approve requisition, manager",
      "staffHiring, Task_PostJob, Post the job, hr",
      "staffHiring, Task_ScreenCandidates, Screen candidates, hr",
      "staffHiring, Task_InterviewCandidate, Interview candidate, clinician",
      "staffHiring, Task_MakeOffer, Make conditional offer, hr",
      "staffHiring, Task_BackgroundCheck, Run background check, hr",
      "staffHiring, Task_ScreenExclusions, Screen exclusion lists, hr",
      "staffHiring, Task_VerifyLicence, Verify license at source, hr",
      "staffHiring, Task_ReviewPreHireChecks, Compliance review of checks, compliance",
      "staffHiring, Task_ConfirmStartDate, Confirm start date, hr",
      "staffOnboarding, Task_ProvisionAccounts, Provision accounts, it",
      "staffOnboarding, Task_CompleteHipaaTraining, Complete HIPAA training, clinician",
      "staffOnboarding, Task_CompleteBloodborneTraining, Complete bloodborne pathogens training, clinician",
      "staffOnboarding, Task_OfferHepatitisB, Offer hepatitis B vaccine, hr",
      "staffOnboarding, Task_AcknowledgePolicies, Acknowledge policies, clinician",
      "staffOnboarding, Task_CompleteI9Section1, I-9 Section 1, hr",
      "staffOnboarding, Task_CompleteI9Section2, I-9 Section 2, hr",
      "staffOnboarding, Task_IssueBadgeAndKeys, Issue badge and keys, manager",
      "staffOnboarding, Task_CheckIn30, 30-day check-in, manager",
      "staffOnboarding, Task_CheckIn60, 60-day check-in, manager",
      "staffOnboarding, Task_CheckIn90, 90-day check-in, manager",
      "staffOnboarding, Task_DecideIntroductoryPeriod, Decide introductory period, manager",
      "staffOffboarding, Task_RemoveSystemAccess, Remove system access, it",
      "staffOffboarding, Task_CollectEquipment, 'Collect badge, keys and equipment', manager",
      "licenceRenewal, Task_RenewLicence, Renew and re-verify license, hr",
      "bloodborneRetraining, Task_CompleteAnnualBloodborneTraining, Complete annual bloodborne pathogens training, clinician",
      "claimDispute, Task_CorrectAndResubmit, Correct and resubmit claim, clinician",
      "claimDispute, Task_RequestReopening, Request reopening, billing",
      "claimDispute, Task_WriteSupportingLetter, Write supporting letter, clinician",
      "claimDispute, Task_FileAppeal, File appeal, billing",
      "claimDispute, Task_RecordPayerDecision, Record payer decision, billing",
      "claimDispute, Task_SendNegotiationNotice, Send open negotiation notice, billing",
      "claimDispute, Task_Negotiate, Negotiate with the plan, billing",
      "claimDispute, Task_InitiateIdr, Initiate federal IDR, billing",
      "claimDispute, Task_ApproveWriteOff, Approve write-off, manager",
      "claimDispute, Task_CloseDispute, Close dispute, billing",
      "claimDispute, Task_ChoosePursuit, Choose how to pursue, billing",
      "policyApproval, Task_PeerReview, Peer review, clinician",
      "policyApproval, Task_ComplianceReview, Compliance review, compliance",
      "policyApproval, Task_LegalReview, Legal review, compliance",
      "policyApproval, Task_ApprovePolicy, Approve policy, manager",
      "policyAttestation, Task_AcknowledgePolicy, Read and acknowledge policy, frontdesk",
      "policyReview, Task_ReviewPolicy, Review policy, clinician"})
  void dueTaskIsRemindedThenEscalated(String processKey, String taskKey, String taskName, String holder) {
    ProcessDriver process = atTask(processKey, taskKey, "clinical-care");
    var task = process.task(taskKey);
    assertThat(process.dueDateOfTimer(LadderIds.dueTimer(taskKey))).isEqualTo(task.getDueDate());

    process.fireTimer(LadderIds.dueTimer(taskKey));
    process.runAsync(LadderIds.remindStep(taskKey));

    assertThat(MailAssertions.to(mail, holder + "@practice.example")).extracting(MailAssertions.Mail::subject)
        .containsExactly("Reminder: " + taskName + " for CMP-2026-LADDER is due "
            + subjectDate(task.getDueDate()));
    assertThat(process.task(taskKey).getPriority()).isEqualTo(50);

    process.fireTimer(LadderIds.overdueTimer(taskKey));
    process.runAsync(LadderIds.escalateStep(taskKey));
    process.runAsync(LadderIds.emailStep(taskKey));

    var escalated = process.task(taskKey);
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalated.getId())).extracting(IdentityLink::getGroupId)
        .contains("practice-managers");
    assertThat(escalated.getPriority()).isEqualTo(75);
    assertThat(escalations.findByReferenceOrderById("CMP-2026-LADDER")).extracting(Escalation::getTaskId)
        .contains(escalated.getId());
    assertThat(MailAssertions.to(mail, "manager@practice.example")).extracting(MailAssertions.Mail::subject)
        .contains("Escalated: " + taskName + " for CMP-2026-LADDER is overdue");
    assertThat(process.timer(LadderIds.dueTimer(taskKey))).isNull();
    assertThat(process.timer(LadderIds.overdueTimer(taskKey))).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Task_AcknowledgeComplaint", "Task_DraftResponse"})
  void claimedTaskRemindsOnlyItsAssignee(String taskKey) {
    ProcessDriver process = atTask("complaintResolution", taskKey, "clinical-care");
    engine.getTaskService().claim(process.task(taskKey).getId(), "manager");

    process.fireTimer(LadderIds.dueTimer(taskKey));
    process.runAsync(LadderIds.remindStep(taskKey));

    assertThat(MailAssertions.received(mail)).extracting(MailAssertions.Mail::to)
        .containsExactly(List.of("manager@practice.example"));
  }

  @org.junit.jupiter.api.Test
  void whenTheEscalationRunsBeforeTheReminderTheManagersGetOneEmailAndTheHoldersTheReminder() {
    ProcessDriver process = atTask("complaintResolution", "Task_InvestigateComplaint", "clinical-care");
    escalateBeforeReminding(process, "Task_InvestigateComplaint");

    // who was brought in is on the escalation record, not in an extra task variable
    var task = process.task("Task_InvestigateComplaint");
    assertThat(escalations.findByReferenceOrderById("CMP-2026-LADDER"))
        .filteredOn(escalation -> escalation.getTaskId().equals(task.getId())).extracting(Escalation::getBroughtIn)
        .containsExactly(true);
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).containsOnlyKeys("escalated");

    assertThat(MailAssertions.to(mail, "manager@practice.example")).extracting(MailAssertions.Mail::subject)
        .singleElement().asString().startsWith("Escalated: ");
    assertThat(MailAssertions.to(mail, "clinician@practice.example")).extracting(MailAssertions.Mail::subject)
        .singleElement().asString().startsWith("Reminder: ");
  }

  @org.junit.jupiter.api.Test
  void aTaskEscalatedByAnEarlierVersionStillLeavesTheManagersItBroughtInOutOfTheReminder() {
    ProcessDriver process = atTask("complaintResolution", "Task_InvestigateComplaint", "clinical-care");
    process.fireTimer(LadderIds.dueTimer("Task_InvestigateComplaint"));
    process.fireTimer(LadderIds.overdueTimer("Task_InvestigateComplaint"));
    process.runAsync(LadderIds.escalateStep("Task_InvestigateComplaint"));
    String taskId = process.task("Task_InvestigateComplaint").getId();
    // as the earlier version left it: the record without the column, the group in a task variable
    jdbc.update("update escalation set brought_in = null where task_id = ?", taskId);
    engine.getTaskService().setVariableLocal(taskId, "escalationBroughtIn", "practice-managers");

    process.runAsync(LadderIds.remindStep("Task_InvestigateComplaint"));

    assertThat(MailAssertions.to(mail, "manager@practice.example")).isEmpty();
    assertThat(MailAssertions.to(mail, "clinician@practice.example")).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void managersHoldingTheTaskThemselvesAreStillRemindedWhenTheEscalationRanFirst() {
    escalateBeforeReminding(atTask("complaintResolution", "Task_ApproveResponse", "clinical-care"),
        "Task_ApproveResponse");

    assertThat(MailAssertions.to(mail, "manager@practice.example")).extracting(MailAssertions.Mail::subject)
        .anySatisfy(subject -> assertThat(subject).startsWith("Reminder: "))
        .anySatisfy(subject -> assertThat(subject).startsWith("Escalated: ")).hasSize(2);
  }

  @org.junit.jupiter.api.Test
  void escalationStandsDuringAMailOutageAndTheEmailFollowsOnceTheServerIsBack() {
    ProcessDriver process = atTask("complaintResolution", "Task_InvestigateComplaint", "clinical-care");
    process.fireTimer(LadderIds.overdueTimer("Task_InvestigateComplaint"));
    process.runAsync(LadderIds.escalateStep("Task_InvestigateComplaint"));
    mail.stop();
    try {
      var emailJob = process.asyncJob(LadderIds.emailStep("Task_InvestigateComplaint"));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getManagementService().executeJob(emailJob.getId()))
          .hasMessageContaining("could not be sent");

      var task = process.task("Task_InvestigateComplaint");
      assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
          .contains("practice-managers");
      assertThat(task.getPriority()).isEqualTo(75);
      assertThat(escalations.findByReferenceOrderById("CMP-2026-LADDER")).extracting(Escalation::getTaskId)
          .contains(task.getId());
    } finally {
      mail.start();
    }
    process.runAsync(LadderIds.emailStep("Task_InvestigateComplaint"));
    assertThat(MailAssertions.to(mail, "manager@practice.example")).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void aTimerThatDeclaresTheCaptureListenerRemembersItsTaskOnceNotTwice() {
    ProcessDriver process = atTask("complaintResolution", "Task_InvestigateComplaint", "clinical-care");
    process.fireTimer(LadderIds.dueTimer("Task_InvestigateComplaint"));
    process.fireTimer(LadderIds.overdueTimer("Task_InvestigateComplaint"));

    // each capture writes one history entry: two timers fired, two entries, both naming the one task
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(process.id())
        .variableUpdates().list()).filteredOn(detail -> detail instanceof HistoricVariableUpdate update
            && LadderVariables.LADDER_TASK_ID.equals(update.getVariableName()))
        .extracting(detail -> ((HistoricVariableUpdate) detail).getValue())
        .containsExactly(process.task("Task_InvestigateComplaint").getId(),
            process.task("Task_InvestigateComplaint").getId());
  }

  @org.junit.jupiter.api.Test
  void everyEscalationIsCountedInTheMetricsTheManagersRead() throws Exception {
    RestClient rest = new RestClient(port);
    double before = metric(rest, "practiceflow.escalations");
    ProcessDriver process = atTask("complaintResolution", "Task_InvestigateComplaint", "clinical-care");
    process.fireTimer(LadderIds.overdueTimer("Task_InvestigateComplaint"));
    process.runAsync(LadderIds.escalateStep("Task_InvestigateComplaint"));

    assertThat(metric(rest, "practiceflow.escalations")).isEqualTo(before + 1);
    assertThat(metric(rest, "practiceflow.tasks.open")).isPositive();
    assertThat(rest.get(null, "/actuator/metrics/practiceflow.escalations").statusCode()).isEqualTo(401);
  }

  private static double metric(RestClient rest, String name) throws Exception {
    var answer = rest.get("manager", "/actuator/metrics/" + name);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("measurements").get(0)
        .get("value").asDouble();
  }

  /** After an outage both ladder timers are due at once and their steps run in either order; here escalation first. */
  private static void escalateBeforeReminding(ProcessDriver process, String taskKey) {
    process.fireTimer(LadderIds.dueTimer(taskKey));
    process.fireTimer(LadderIds.overdueTimer(taskKey));
    process.runAsync(LadderIds.escalateStep(taskKey));
    process.runAsync(LadderIds.emailStep(taskKey));
    process.runAsync(LadderIds.remindStep(taskKey));
  }

  private static String subjectDate(Date due) {
    return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", java.util.Locale.US)
        .withZone(java.time.ZoneId.of("America/New_York")).format(due.toInstant());
  }
}
