package com.practiceflow.claims;

import static com.practiceflow.claims.ClaimDisputeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

@PracticeFlowTest
class ClaimDisputeProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DisputeService disputes;
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

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** Billing opens a dispute by hand with the start form. */
  private ProcessDriver open(String payerId, String carc, String rarc, double billed, String notice) {
    String id = engine.getRuntimeService().startProcessInstanceByKey(KEY, vars("claimRef", "CLM-T", "payerId", payerId,
        "procedureCode", "93000", "serviceDate", "2026-10-01", "billed", billed, "paid", 0, "groupCode", "CO",
        "carc", carc, "rarc", rarc, "noticeDate", notice)).getId();
    return new ProcessDriver(engine, id);
  }

  private Dispute dispute(ProcessDriver process) {
    String reference = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(process.id())
        .singleResult().getBusinessKey();
    return disputes.byReference(reference).orElseThrow();
  }

  private List<String> groups(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }

  @Test
  void medicalNecessityIsAppealedLevelByLevelWithAClinicalLetterAndRemindersBeforeEachDeadline() {
    ProcessDriver process = open("01112", "50", "N115", 100.0, "2026-11-20");
    Dispute opened = dispute(process);
    assertThat(opened.getBucket()).isEqualTo("medical-necessity");
    assertThat(opened.getReceivedOn()).isEqualTo("2026-11-25");
    assertThat(groups(process.task(TASK_WRITE_SUPPORTING_LETTER).getId())).containsExactly("clinicians");
    process.complete(TASK_WRITE_SUPPORTING_LETTER, vars("letterSummary", "Indicated", "letterDocument", "doc-1"));

    // redetermination: 120 calendar days from receipt on 25 Nov 2026 = 25 Mar 2027, 17:00 New York (daylight time)
    var file = process.task(TASK_FILE_APPEAL);
    assertThat(groups(file.getId())).containsExactly("billing");
    assertThat(file.getDueDate()).isEqualTo(at("2027-03-25T21:00:00Z"));
    assertThat(process.dueDateOfTimer(BOUNDARY_FOURTEEN_DAYS)).isEqualTo(at("2027-03-11T22:00:00Z"));
    assertThat(process.dueDateOfTimer(BOUNDARY_SEVEN_DAYS)).isEqualTo(at("2027-03-18T21:00:00Z"));
    assertThat(process.dueDateOfTimer(BOUNDARY_ONE_DAY)).isEqualTo(at("2027-03-24T21:00:00Z"));
    // escalated to the managers the day before the deadline, while an appeal can still be filed
    assertThat(process.dueDateOfTimer(LadderIds.overdueTimer(TASK_FILE_APPEAL))).isEqualTo(at("2027-03-24T21:00:00Z"));
    process.fireTimer(BOUNDARY_FOURTEEN_DAYS);
    process.runAsync("Task_RemindFourteenDaysToFile");
    assertThat(MailAssertions.to(mail, "billing@practice.example")).extracting(MailAssertions.Mail::subject)
        .anyMatch(s -> s.equals("Reminder: File appeal for " + opened.getReference() + " is due Thu 25 Mar 2027, 17:00 EDT"));
    assertThat(MailAssertions.received(mail)).allSatisfy(m -> assertThat(m.subject() + m.body())
        .doesNotContain("93000").doesNotContain("N115").doesNotContain("CLM-T"));

    process.complete(TASK_FILE_APPEAL, vars("appealFiledOn", "2027-01-10", "payerReference", "RD-1"));
    // the payer decides within 60 days of filing; a late decision is followed up
    assertThat(process.task(TASK_RECORD_PAYER_DECISION).getDueDate()).isEqualTo(at("2027-03-11T22:00:00Z"));
    process.complete(TASK_RECORD_PAYER_DECISION, vars("decisionReceivedOn", "2027-03-01", "appealOutcome", "upheld",
        "pursueNextLevel", true));

    // reconsideration: 180 days from receipt of the redetermination on 1 Mar 2027
    process.complete(TASK_WRITE_SUPPORTING_LETTER, vars("letterSummary", "More", "letterDocument", "doc-2"));
    assertThat(process.task(TASK_FILE_APPEAL).getDueDate()).isEqualTo(at("2027-08-28T21:00:00Z"));
    process.complete(TASK_FILE_APPEAL, vars("appealFiledOn", "2027-04-01", "payerReference", "RC-1"));
    process.complete(TASK_RECORD_PAYER_DECISION, vars("decisionReceivedOn", "2027-05-20", "appealOutcome", "overturned",
        "amountRecovered", 100));
    process.complete(TASK_CLOSE_DISPUTE, vars("finalAmount", 100, "rootCause", "documentation"));

    assertThat(process.isEnded()).isTrue();
    Dispute closed = dispute(process);
    assertThat(closed.getStatus()).isEqualTo(Dispute.Status.CLOSED);
    assertThat(closed.getAmountRecovered()).isEqualByComparingTo("100");
    assertThat(closed.getRootCause()).isEqualTo("documentation");
    assertThat(disputes.appeals(closed.getId())).extracting(Appeal::getOutcome).containsExactly("upheld", "overturned");
    assertThat(disputes.appeals(closed.getId())).extracting(Appeal::getFilingDeadline)
        .containsExactly(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 8, 28));
  }

  @Test
  void aMedicareAppealReachesTheAljOnlyAboveTheAmountInControversyOtherwiseItIsWrittenOff() {
    ProcessDriver process = open("01112", "197", "", 90.0, "2026-11-20");
    assertThat(dispute(process).getBucket()).isEqualTo("prior-authorization");
    for (String decision : List.of("2027-01-05", "2027-03-01")) {
      process.complete(TASK_FILE_APPEAL, vars("appealFiledOn", "2026-12-01", "payerReference", "R"));
      process.complete(TASK_RECORD_PAYER_DECISION, vars("decisionReceivedOn", decision, "appealOutcome", "upheld",
          "pursueNextLevel", true));
    }
    // $90 at stake is below the $200 needed for an ALJ hearing: no third level, and below the approval threshold
    process.task(TASK_CLOSE_DISPUTE);
    assertThat(dispute(process).getStatus()).isEqualTo(Dispute.Status.WRITTEN_OFF);
    assertThat(dispute(process).getWriteOffAmount()).isEqualByComparingTo("90");
    assertThat(disputes.appeals(dispute(process).getId())).hasSize(2);
  }

  @Test
  void timelyFilingOnMedicareIsNotAppealedAndAWriteOffAboveTheThresholdNeedsAManager() {
    ProcessDriver process = open("01112", "29", "", 150.0, "2026-11-20");
    Dispute dispute = dispute(process);
    assertThat(dispute.getBucket()).isEqualTo("timely-filing");
    var approval = process.task(TASK_APPROVE_WRITE_OFF);
    assertThat(groups(approval.getId())).containsExactly("practice-managers");
    process.complete(TASK_APPROVE_WRITE_OFF, vars("writeOffApproved", true));

    assertThat(dispute(process).getStatus()).isEqualTo(Dispute.Status.WRITTEN_OFF);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process.id())
        .activityId(TASK_FILE_APPEAL).count()).isZero();
    process.task(TASK_CLOSE_DISPUTE);
  }

  @Test
  void anEligibilityDenialGoesToTheFrontDeskForACorrectedClaimInThePayersWindow() {
    ProcessDriver process = open("87726", "27", "", 200.0, "2026-11-20");
    var task = process.task(TASK_CORRECT_AND_RESUBMIT);
    assertThat(groups(task.getId())).containsExactly("front-desk");
    // UnitedHealthcare: corrected claims within 180 days of the remittance (received the same day)
    assertThat(task.getDueDate()).isEqualTo(at("2027-05-19T21:00:00Z"));
    process.complete(TASK_CORRECT_AND_RESUBMIT, vars("correction", "New member id", "resubmittedOn", "2026-11-24"));
    assertThat(dispute(process).getStatus()).isEqualTo(Dispute.Status.RESUBMITTED);
    process.task(TASK_CLOSE_DISPUTE);
  }

  @Test
  void aMedicareCorrectedClaimMustAlsoBeatTwelveMonthTimelyFiling() {
    // service on 1 Oct 2026: 365 days of timely filing end on 1 Oct 2027, before the corrected-claim window would
    ProcessDriver process = open("01112", "16", "M51", 40.0, "2026-11-20");
    assertThat(process.task(TASK_CORRECT_AND_RESUBMIT).getDueDate()).isEqualTo(at("2027-10-01T21:00:00Z"));
  }

  @Test
  void aMedicareCodingErrorIsReopenedWithinAYear() {
    ProcessDriver process = open("01112", "4", "", 120.0, "2026-11-20");
    var task = process.task(TASK_REQUEST_REOPENING);
    assertThat(task.getDueDate()).isEqualTo(at("2027-11-20T22:00:00Z"));
    process.complete(TASK_REQUEST_REOPENING, vars("reopeningRequestedOn", "2026-11-30", "reopeningOutcome", "paid",
        "amountRecovered", 120));
    assertThat(dispute(process).getAmountRecovered()).isEqualByComparingTo("120");
  }

  @Test
  void noSurprisesActNegotiationRunsThirtyBusinessDaysThenIdrWithinFourWithNoGrace() {
    ProcessDriver process = open("87726", "45", "N830", 900.0, "2026-11-20");
    assertThat(dispute(process).getBucket()).isEqualTo("no-surprises-act");
    // 30 business days from Friday 20 Nov 2026 (Thanksgiving, Christmas, New Year skipped): 6 Jan 2027
    assertThat(process.task(TASK_SEND_NEGOTIATION_NOTICE).getDueDate()).isEqualTo(at("2027-01-06T22:00:00Z"));
    process.complete(TASK_SEND_NEGOTIATION_NOTICE, vars("negotiationStartedOn", "2026-12-01"));
    // negotiation: 30 business days from 1 Dec 2026 = 14 Jan 2027
    assertThat(process.task(TASK_NEGOTIATE).getDueDate()).isEqualTo(at("2027-01-14T22:00:00Z"));
    process.complete(TASK_NEGOTIATE, vars("settled", false));

    var idr = process.task(TASK_INITIATE_IDR);
    // 4 business days after 14 Jan 2027, Martin Luther King Jr. Day (18 Jan) skipped: 21 Jan
    assertThat(idr.getDueDate()).isEqualTo(at("2027-01-21T22:00:00Z"));
    // escalated a business day before the hard stop
    assertThat(process.dueDateOfTimer(LadderIds.overdueTimer(TASK_INITIATE_IDR))).isEqualTo(at("2027-01-20T22:00:00Z"));
    process.complete(TASK_INITIATE_IDR, vars("idrInitiatedOn", "2027-01-19", "idrReference", "DISP-1"));
    assertThat(dispute(process).getStatus()).isEqualTo(Dispute.Status.IDR_INITIATED);
  }

  @Test
  void anIdrInitiatedAfterTheFourthBusinessDayIsRecordedAsAMissedWindow() {
    ProcessDriver process = open("87726", "45", "N830", 900.0, "2026-11-20");
    process.complete(TASK_SEND_NEGOTIATION_NOTICE, vars("negotiationStartedOn", "2026-12-01"));
    process.complete(TASK_NEGOTIATE, vars("settled", false));
    process.complete(TASK_INITIATE_IDR, vars("idrInitiatedOn", "2027-01-22", "idrReference", "LATE"));
    assertThat(dispute(process).getStatus()).isEqualTo(Dispute.Status.IDR_WINDOW_MISSED);
  }

  @Test
  void aSettledNegotiationRecordsTheAmountAgreed() {
    ProcessDriver process = open("87726", "45", "N830", 900.0, "2026-11-20");
    process.complete(TASK_SEND_NEGOTIATION_NOTICE, vars("negotiationStartedOn", "2026-12-01"));
    process.complete(TASK_NEGOTIATE, vars("settled", true, "amountRecovered", 640));
    assertThat(dispute(process).getAmountRecovered()).isEqualByComparingTo("640");
    process.task(TASK_CLOSE_DISPUTE);
  }

  @Test
  void aRefusedWriteOffGoesBackToBillingToPursueIt() {
    ProcessDriver process = open("01112", "29", "", 150.0, "2026-11-20");
    process.complete(TASK_APPROVE_WRITE_OFF, vars("writeOffApproved", false));
    assertThat(dispute(process).getStatus()).isEqualTo(Dispute.Status.WRITE_OFF_PENDING);
    assertThat(groups(process.task("Task_ChoosePursuit").getId())).containsExactly("billing");
    process.complete("Task_ChoosePursuit", vars("nextStep", "resubmit"));
    process.task(TASK_CORRECT_AND_RESUBMIT);
  }

  @Test
  void aDisputesStepsShowTheClaimFromTheRecordAndHistoryKeepsNoCopy() {
    ProcessDriver process = open("87726", "27", "", 200.0, "2026-11-20");
    Dispute recorded = dispute(process);
    assertThat(engine.getRuntimeService().getVariables(process.id())).containsEntry("claimRef", "CLM-T")
        .containsEntry("procedureCode", "93000").containsEntry("serviceDate", "2026-10-01")
        .containsEntry("billed", 200.0).containsEntry("paid", 0.0)
        .containsEntry("payerName", recorded.getPayerName()).doesNotContainKey("expected");
    assertThat(recorded.getPayerName()).isNotBlank();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(process.id())
        .variableNameIn("claimRef", "procedureCode", "billed", "paid", "serviceDate", "payerName").count()).isZero();
    Dispute dispute = dispute(process);
    assertThat(dispute.getClaimRef()).isEqualTo("CLM-T");
    assertThat(dispute.getProcedureCode()).isEqualTo("93000");
    // the corrected claim's deadline is on the record for the 14-day view
    assertThat(dispute.getCurrentDeadline()).isEqualTo("2027-05-19");
  }

  @Test
  void figuresShowOpenDisputesByBucketTheMoneyAtStakeAndWhatFallsDueSoon() {
    ProcessDriver process = open("01112", "29", "", 150.0, "2026-11-20");
    DisputeFigures figures = disputes.figures(LocalDate.of(2026, 11, 23));
    assertThat(figures.openByBucketAndAge()).containsKey("timely-filing");
    assertThat(figures.openByBucketAndAge().get("timely-filing")).containsKey("0-30");
    assertThat(figures.amountAtStake()).isGreaterThanOrEqualTo(new java.math.BigDecimal("150"));
    assertThat(figures.deadlinesInNext14Days()).noneMatch(d -> d.reference().equals(dispute(process).getReference()));
  }
}
