package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintResolutionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.MailAssertions;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.escalation.Escalations;
import com.practiceflow.escalation.LadderIds;
import com.practiceflow.notification.MailCatcher;
import com.practiceflow.records.RecordsByReference;

@PracticeFlowTest
class ComplaintResolutionProcessTest {

  /** Monday 23 Nov 2026, 09:00 in New York. */
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T14:00:00Z");
  static final LocalDate RECEIVED = LocalDate.of(2026, 11, 23);

  @Autowired
  ProcessEngine engine;
  @Autowired
  ComplaintStarter starter;
  @Autowired
  RecordsByReference records;
  @Autowired
  Escalations escalations;
  @Autowired
  MailCatcher mail;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
    mail.clear();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessDriver start(String category, boolean harm) {
    ComplaintStarter.Started started = starter.start(new ComplaintIntake("phone", category,
        "The receptionist discussed my diagnosis in the waiting room", RECEIVED, "Jane Q. Patient", "MRN-4711",
        "jane.patient@mail.example", "US", harm));
    return new ProcessDriver(engine, started.processInstanceId());
  }

  private Complaint record(ProcessDriver process) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(process.id()).singleResult();
    String reference = instance != null ? instance.getBusinessKey()
        : engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(process.id())
            .singleResult().getBusinessKey();
    return records.find(Complaint.class, reference).orElseThrow();
  }

  private static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private static List<String> candidateGroups(ProcessEngine engine, String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  @Test
  void privacyComplaintGoesToComplianceWithAcknowledgementDueInThreeBusinessDays() {
    ProcessDriver process = start("privacy", false);

    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(process.id()).singleResult();
    assertThat(instance).isWaitingAt(TASK_ACKNOWLEDGE_COMPLAINT, TASK_NOTIFY_OWNER_GROUP)
        .hasPassed(TASK_REGISTER_COMPLAINT, TASK_TRIAGE_COMPLAINT);
    var task = process.task(TASK_ACKNOWLEDGE_COMPLAINT);
    assertThat(candidateGroups(engine, task.getId())).containsExactly("compliance");
    // Mon 23 Nov + 3 business days, Thanksgiving skipped: Friday 27 Nov, 17:00 New York
    assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-27T22:00:00Z")));
    Complaint complaint = record(process);
    assertThat(complaint.getReference()).matches("CMP-2026-\\d{4}");
    assertThat(complaint.getStatus()).isEqualTo(Complaint.Status.TRIAGED);
    assertThat(complaint.getSeverity()).isEqualTo("HIGH");
    assertThat(complaint.getOwnerGroup()).isEqualTo("compliance");
    assertThat(complaint.getProcessInstanceId()).isEqualTo(process.id());
    assertThat(engine.getRuntimeService().getVariables(process.id()))
        .doesNotContainKeys(ComplaintVariables.PATIENT_NAME, ComplaintVariables.CONTACT_EMAIL);

    process.runAsync(TASK_NOTIFY_OWNER_GROUP);
    var mails = MailAssertions.to(mail, "compliance@practice.example");
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).subject()).contains(complaint.getReference());
    assertThat(mails.get(0).body()).contains("Acknowledge complaint").contains("Fri 27 Nov 2026")
        .contains("/camunda/app/tasklist/default/#/task=" + task.getId())
        .doesNotContain("Jane").doesNotContain("diagnosis").doesNotContain("MRN-4711");
  }

  @Test
  void startFormPatientDetailsGoToTheRecordAndNeverIntoEngineHistory() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    String id = engine.getFormService().submitStartForm(definitionId, vars("channel", "in-person",
        "category", "access", "description", "No appointments for weeks", "receivedOn", "2026-11-23",
        "patientName", "Ottilie Quarrington", "patientReference", "MRN-5150", "contactEmail", "oq@mail.example",
        "jurisdiction", "US")).getId();
    ProcessDriver process = new ProcessDriver(engine, id);

    assertThat(record(process).getPatientName()).isEqualTo("Ottilie Quarrington");
    assertThat(record(process).getContactEmail()).isEqualTo("oq@mail.example");
    assertThat(engine.getRuntimeService().getVariables(id)).doesNotContainKeys("patientName", "patientReference",
        "contactEmail");
    var history = engine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableNameIn("patientName", "patientReference", "contactEmail").count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
        .contains("description").doesNotContain("patientName", "patientReference", "contactEmail");
  }

  @Test
  void routingSentWithATaskCompletionIsIgnored() {
    ProcessDriver process = start("clinical-care", true);
    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "letter",
        "ownerGroup", "front-desk"));
    assertThat(candidateGroups(engine, process.task(TASK_INVESTIGATE_COMPLAINT).getId())).containsExactly("clinicians");
    process.complete(TASK_INVESTIGATE_COMPLAINT, vars("findings", "f", "possibleBreach", false));
    process.complete(TASK_DRAFT_RESPONSE, vars("responseContact", "c", "responseSteps", "s", "responseResults", "r",
        "responseCompletionDate", "2026-11-30", "severity", "LOW", "complaintId", 1L));

    process.task(TASK_APPROVE_RESPONSE);
    assertThat(record(process).getStatus()).isEqualTo(Complaint.Status.RESPONSE_DRAFTED);
  }

  @Test
  void lowSeverityComplaintRunsToClosureWithoutManagerApproval() {
    ProcessDriver process = start("billing", false);
    assertThat(candidateGroups(engine, process.task(TASK_ACKNOWLEDGE_COMPLAINT).getId())).containsExactly("billing");
    process.runAsync(TASK_NOTIFY_OWNER_GROUP);

    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-24", "acknowledgementMethod", "letter"));
    assertThat(record(process).getStatus()).isEqualTo(Complaint.Status.ACKNOWLEDGED);
    assertThat(record(process).getAcknowledgedOn()).isEqualTo("2026-11-24");
    process.complete(TASK_INVESTIGATE_COMPLAINT, vars("findings", "Charged twice for one visit", "possibleBreach", false));
    assertThat(record(process).getStatus()).isEqualTo(Complaint.Status.INVESTIGATED);
    process.complete(TASK_DRAFT_RESPONSE, vars("responseContact", "Billie Coder", "responseSteps", "Ledger review",
        "responseResults", "Refund issued", "responseCompletionDate", "2026-11-25"));
    assertThat(record(process).getStatus()).isEqualTo(Complaint.Status.RESPONSE_DRAFTED);
    process.complete(TASK_CLOSE_COMPLAINT, vars("respondedOn", "2026-11-25", "outcome", "upheld",
        "rootCause", "administrative-error"));

    assertThat(process.isEnded()).isTrue();
    Complaint closed = record(process);
    assertThat(closed.getStatus()).isEqualTo(Complaint.Status.CLOSED);
    assertThat(closed.getClosedOn()).isEqualTo("2026-11-23");
    assertThat(closed.getRetainUntil()).isEqualTo("2032-11-23");
    assertThat(closed.getOutcome()).isEqualTo("upheld");
    assertThat(closed.getRootCause()).isEqualTo("administrative-error");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process.id())
        .activityId(TASK_APPROVE_RESPONSE).count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(BreachAssessmentProcess.KEY).processInstanceBusinessKey(closed.getReference() + "-BR")
        .count()).isZero();
  }

  @Test
  void highSeverityResponseSentBackOnceThenApprovedByManager() {
    ProcessDriver process = start("clinical-care", true);
    assertThat(record(process).getSeverity()).isEqualTo("HIGH");
    assertThat(record(process).getOwnerGroup()).isEqualTo("clinicians");
    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "phone"));
    process.complete(TASK_INVESTIGATE_COMPLAINT, vars("findings", "Delay in referral", "possibleBreach", false));
    Map<String, Object> draft = vars("responseContact", "Dr Cameron", "responseSteps", "Chart review",
        "responseResults", "Referral expedited", "responseCompletionDate", "2026-11-30");
    process.complete(TASK_DRAFT_RESPONSE, draft);

    var approval = process.task(TASK_APPROVE_RESPONSE);
    assertThat(candidateGroups(engine, approval.getId())).containsExactly("practice-managers");
    engine.getTaskService().claim(approval.getId(), "manager");
    process.complete(TASK_APPROVE_RESPONSE, vars("responseApproved", false, "approvalComments", "Add the date"));
    assertThat(record(process).getStatus()).isEqualTo(Complaint.Status.RESPONSE_DRAFTED);

    process.complete(TASK_DRAFT_RESPONSE, draft);
    engine.getTaskService().claim(process.task(TASK_APPROVE_RESPONSE).getId(), "manager");
    process.complete(TASK_APPROVE_RESPONSE, vars("responseApproved", true));

    assertThat(record(process).getStatus()).isEqualTo(Complaint.Status.RESPONSE_APPROVED);
    assertThat(record(process).getResponseApprovedBy()).isEqualTo("manager");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process.id())
        .activityId(TASK_DRAFT_RESPONSE).count()).isEqualTo(2);
    process.task(TASK_CLOSE_COMPLAINT);
  }

  @Test
  void possibleBreachStartsTheBreachAssessmentWithItsSixtyDayClock() {
    ProcessDriver process = start("privacy", false);
    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "letter"));
    process.complete(TASK_INVESTIGATE_COMPLAINT, vars("findings", "Chart shown to a visitor", "possibleBreach", true));

    Complaint complaint = record(process);
    assertThat(complaint.getBreachAssessmentStartedOn()).isEqualTo("2026-11-23");
    assertThat(complaint.getBreachNotificationDue()).isEqualTo("2027-01-22");
    ProcessInstance breach = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(BreachAssessmentProcess.KEY).processInstanceBusinessKey(complaint.getReference() + "-BR")
        .singleResult();
    assertThat(breach).isWaitingAt(BreachAssessmentProcess.TASK_ASSESS_BREACH_RISK);
    // the complaint goes on to its response meanwhile
    process.task(TASK_DRAFT_RESPONSE);

    ProcessDriver assessment = new ProcessDriver(engine, breach.getId());
    var assess = assessment.task(BreachAssessmentProcess.TASK_ASSESS_BREACH_RISK);
    assertThat(candidateGroups(engine, assess.getId())).containsExactly("compliance");
    assertThat(assess.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-03T22:00:00Z")));
    assessment.complete(BreachAssessmentProcess.TASK_ASSESS_BREACH_RISK, vars("notificationRequired", true));
    var notify = assessment.task(BreachAssessmentProcess.TASK_NOTIFY_INDIVIDUALS);
    // 60 calendar days after discovery on 23 Nov 2026: 22 Jan 2027, 17:00 New York
    assertThat(notify.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-01-22T22:00:00Z")));
    assessment.complete(BreachAssessmentProcess.TASK_NOTIFY_INDIVIDUALS, vars("individualsNotifiedOn", "2026-12-10"));
    assertThat(breach).isEnded().hasPassed(BreachAssessmentProcess.END_INDIVIDUALS_NOTIFIED);
    assertThat(record(process).getBreachOutcome()).isEqualTo("individuals notified on 2026-12-10");
  }

  @Test
  void breachAssessmentShowingLowProbabilityEndsWithoutNotification() {
    ProcessDriver process = start("privacy", false);
    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "letter"));
    process.complete(TASK_INVESTIGATE_COMPLAINT, vars("findings", "Fax to the wrong clinic, returned unread",
        "possibleBreach", true));
    ProcessInstance breach = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(BreachAssessmentProcess.KEY)
        .processInstanceBusinessKey(record(process).getReference() + "-BR").singleResult();
    new ProcessDriver(engine, breach.getId()).complete(BreachAssessmentProcess.TASK_ASSESS_BREACH_RISK,
        vars("notificationRequired", false));
    assertThat(breach).isEnded().hasPassed(BreachAssessmentProcess.END_LOW_PROBABILITY)
        .hasNotPassed(BreachAssessmentProcess.TASK_NOTIFY_INDIVIDUALS);
    assertThat(record(process).getBreachOutcome()).startsWith("low probability");
  }

  @Test
  void complaintNotResolvedAfterSevenDaysGetsAnInterimLetterTask() {
    ProcessDriver process = start("access", false);
    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "letter"));
    // investigated quickly, but the response is still being drafted on day 7: not resolved yet
    process.complete(TASK_INVESTIGATE_COMPLAINT, vars("findings", "Booking line understaffed", "possibleBreach", false));
    // received Monday 23 Nov: day 7 is Monday 30 Nov, 17:00 New York
    assertThat(process.dueDateOfTimer(BOUNDARY_SEVEN_DAYS_PASSED))
        .isEqualTo(Date.from(Instant.parse("2026-11-30T22:00:00Z")));

    process.fireTimer(BOUNDARY_SEVEN_DAYS_PASSED);

    var interim = process.task(TASK_SEND_INTERIM_LETTER);
    assertThat(candidateGroups(engine, interim.getId())).containsExactly("practice-managers");
    process.complete(TASK_SEND_INTERIM_LETTER, vars("interimLetterSentOn", "2026-12-01"));
    assertThat(record(process).getInterimLetterSentOn()).isEqualTo("2026-12-01");
    process.task(TASK_DRAFT_RESPONSE);
  }

  @Test
  void complaintResolvedWithinSevenDaysNeedsNoInterimLetter() {
    ProcessDriver process = start("billing", false);
    process.runAsync(TASK_NOTIFY_OWNER_GROUP);
    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "letter"));
    assertThat(process.timer(BOUNDARY_SEVEN_DAYS_PASSED)).isNotNull();
    process.complete(TASK_INVESTIGATE_COMPLAINT, vars("findings", "Duplicate charge", "possibleBreach", false));
    process.complete(TASK_DRAFT_RESPONSE, vars("responseContact", "Billie", "responseSteps", "Ledger",
        "responseResults", "Refund", "responseCompletionDate", "2026-11-24"));
    process.complete(TASK_CLOSE_COMPLAINT, vars("respondedOn", "2026-11-24", "outcome", "upheld",
        "rootCause", "administrative-error"));

    assertThat(process.isEnded()).isTrue();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process.id())
        .activityId(TASK_SEND_INTERIM_LETTER).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.id()).count()).isZero();
  }

  @Test
  void overdueAcknowledgementIsRemindedThenEscalatedToManagers() {
    ProcessDriver process = start("privacy", false);
    String dueTimer = LadderIds.dueTimer(TASK_ACKNOWLEDGE_COMPLAINT);
    String overdueTimer = LadderIds.overdueTimer(TASK_ACKNOWLEDGE_COMPLAINT);
    assertThat(process.dueDateOfTimer(dueTimer)).isEqualTo(Date.from(Instant.parse("2026-11-27T22:00:00Z")));
    // one business day of grace: Monday 30 Nov
    assertThat(process.dueDateOfTimer(overdueTimer)).isEqualTo(Date.from(Instant.parse("2026-11-30T22:00:00Z")));

    process.fireTimer(dueTimer);
    process.runAsync(LadderIds.remindStep(TASK_ACKNOWLEDGE_COMPLAINT));
    var reminders = MailAssertions.to(mail, "compliance@practice.example");
    assertThat(reminders).extracting(MailAssertions.Mail::subject)
        .anyMatch(s -> s.startsWith("Reminder: Acknowledge complaint for CMP-"));

    process.fireTimer(overdueTimer);
    process.runAsync(LadderIds.escalateStep(TASK_ACKNOWLEDGE_COMPLAINT));
    process.runAsync(LadderIds.emailStep(TASK_ACKNOWLEDGE_COMPLAINT));

    var task = process.task(TASK_ACKNOWLEDGE_COMPLAINT);
    assertThat(candidateGroups(engine, task.getId())).containsExactlyInAnyOrder("compliance", "practice-managers");
    assertThat(task.getPriority()).isGreaterThanOrEqualTo(75);
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "escalated")).isEqualTo(true);
    String reference = record(process).getReference();
    assertThat(escalations.findByReferenceOrderById(reference)).singleElement()
        .satisfies(e -> assertThat(e.getTaskDefinitionKey()).isEqualTo(TASK_ACKNOWLEDGE_COMPLAINT));
    assertThat(MailAssertions.to(mail, "manager@practice.example")).extracting(MailAssertions.Mail::subject)
        .containsExactly("Escalated: Acknowledge complaint for " + reference + " is overdue");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId())
        .taskVariableValueEquals("escalated", true).count()).isEqualTo(1);
  }

  @Test
  void aLateEscalationStepLeavesTheRevisedDraftAlone() {
    ProcessDriver process = start("clinical-care", true);
    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "letter"));
    process.complete(TASK_INVESTIGATE_COMPLAINT, vars("findings", "f", "possibleBreach", false));
    Map<String, Object> draft = vars("responseContact", "c", "responseSteps", "s", "responseResults", "r",
        "responseCompletionDate", "2026-12-01");
    String firstDraft = process.task(TASK_DRAFT_RESPONSE).getId();
    // the first draft's escalation timer fires, but its step has not run yet (say the server was busy)
    process.fireTimer(LadderIds.overdueTimer(TASK_DRAFT_RESPONSE));
    process.complete(TASK_DRAFT_RESPONSE, draft);
    process.complete(TASK_APPROVE_RESPONSE, vars("responseApproved", false));
    String secondDraft = process.task(TASK_DRAFT_RESPONSE).getId();
    assertThat(secondDraft).isNotEqualTo(firstDraft);

    process.runAsync(LadderIds.escalateStep(TASK_DRAFT_RESPONSE));

    assertThat(candidateGroups(engine, secondDraft)).doesNotContain("practice-managers");
    assertThat(process.task(TASK_DRAFT_RESPONSE).getPriority()).isEqualTo(50);
    assertThat(escalations.findByReferenceOrderById(record(process).getReference())).isEmpty();
  }

  @Test
  void completingATaskCancelsItsPendingReminderAndEscalation() {
    ProcessDriver process = start("billing", false);
    assertThat(process.timer(LadderIds.dueTimer(TASK_ACKNOWLEDGE_COMPLAINT))).isNotNull();

    process.complete(TASK_ACKNOWLEDGE_COMPLAINT, vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "letter"));

    assertThat(process.timer(LadderIds.dueTimer(TASK_ACKNOWLEDGE_COMPLAINT))).isNull();
    assertThat(process.timer(LadderIds.overdueTimer(TASK_ACKNOWLEDGE_COMPLAINT))).isNull();
    assertThat(process.timer(LadderIds.dueTimer(TASK_INVESTIGATE_COMPLAINT))).isNotNull();
  }

  @Test
  void everyUserTaskOnTheWayHasItsOwnLadder() {
    ProcessDriver process = start("clinical-care", true);
    for (String task : List.of(TASK_ACKNOWLEDGE_COMPLAINT, TASK_INVESTIGATE_COMPLAINT, TASK_DRAFT_RESPONSE,
        TASK_APPROVE_RESPONSE, TASK_CLOSE_COMPLAINT)) {
      Date due = process.task(task).getDueDate();
      assertThat(due).as("due date of %s", task).isNotNull();
      assertThat(process.dueDateOfTimer(LadderIds.dueTimer(task))).as("reminder of %s", task).isEqualTo(due);
      assertThat(process.dueDateOfTimer(LadderIds.overdueTimer(task))).as("escalation of %s", task).isAfter(due);
      if (!task.equals(TASK_CLOSE_COMPLAINT)) {
        Map<String, Object> values = vars("acknowledgedOn", "2026-11-23", "acknowledgementMethod", "letter",
            "findings", "f", "possibleBreach", false, "responseContact", "c", "responseSteps", "s",
            "responseResults", "r", "responseCompletionDate", "2026-11-30", "responseApproved", true);
        process.complete(task, values);
      }
    }
  }
}
