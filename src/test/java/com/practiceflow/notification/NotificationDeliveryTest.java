package com.practiceflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.practiceflow.MailAssertions;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.complaints.ComplaintResolutionProcess;

@PracticeFlowTest
class NotificationDeliveryTest {

  @Autowired
  NotificationService notifications;
  @Autowired
  Notifications records;
  @Autowired
  MailCatcher mail;
  @Autowired
  ProcessEngine engine;
  @Autowired
  PlatformTransactionManager transactions;

  @BeforeEach
  void clearMailbox() {
    mail.start();
    mail.clear();
  }

  @AfterEach
  void serverBackUp() {
    mail.start();
  }

  private NotificationRequest request(String key, NotificationType type, String... to) {
    return new NotificationRequest(key, type, List.of(to), "CMP-2026-9001", "Acknowledge complaint",
        Date.from(Instant.parse("2026-11-27T22:00:00Z")), "http://localhost:8080/camunda/app/tasklist/default/#/task=t1");
  }

  @Test
  void sameKeySentTwiceDeliversOnceAndRecordsIt() {
    NotificationRequest request = request("test-once-" + System.nanoTime(), NotificationType.TASK_REMINDER,
        "hr@practice.example", "it@practice.example");

    assertThat(notifications.send(request)).isEqualTo(2);
    assertThat(notifications.send(request)).isZero();

    assertThat(MailAssertions.received(mail)).hasSize(2);
    Notification record = records.findByIdempotencyKey(request.key() + "|hr@practice.example").orElseThrow();
    assertThat(record.getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(record.getAttempts()).isEqualTo(1);
    assertThat(record.getType()).isEqualTo(NotificationType.TASK_REMINDER);
    assertThat(record.getReference()).isEqualTo("CMP-2026-9001");
    assertThat(record.getSentAt()).isNotNull();
  }

  @Test
  void aSentEmailStaysRecordedWhenTheStepThatSentItRollsBackSoItsRetryDoesNotMailAgain() {
    NotificationRequest request = request("test-rollback-" + System.nanoTime(), NotificationType.TASK_REMINDER,
        "hr@practice.example");
    Instant before = Instant.now().minusSeconds(1);

    new TransactionTemplate(transactions).executeWithoutResult(step -> {
      notifications.send(request);
      step.setRollbackOnly();
    });

    Notification record = records.findByIdempotencyKey(request.key() + "|hr@practice.example").orElseThrow();
    assertThat(record.getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(record.getAttempts()).isEqualTo(1);
    assertThat(record.getTaskName()).isEqualTo("Acknowledge complaint");
    // written with plain SQL, read back through the entity: the instants must survive the round trip unchanged
    assertThat(record.getDueDate()).isEqualTo(Instant.parse("2026-11-27T22:00:00Z"));
    assertThat(record.getCreatedAt()).isBetween(before, Instant.now());
    assertThat(record.getSentAt()).isBetween(before, Instant.now());
    assertThat(notifications.send(request)).isZero();
    assertThat(MailAssertions.received(mail)).hasSize(1);
  }

  @Test
  void anEmailIsPlainAndHtmlTextUnderAMessageIdItsKeyFixes() throws Exception {
    String key = "test-format-" + System.nanoTime();
    notifications.send(request(key, NotificationType.TASK_REMINDER, "hr@practice.example"));

    MimeMessage received = mail.messages().get(0);
    assertThat(received.getMessageID()).startsWith(
        "<" + UUID.nameUUIDFromBytes((key + "|hr@practice.example").getBytes(StandardCharsets.UTF_8)) + "@");
    assertThat(received.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat((String) parts.getBodyPart(0).getContent()).contains("CMP-2026-9001").doesNotContain("<p>");
    assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
    assertThat((String) parts.getBodyPart(1).getContent()).contains("CMP-2026-9001").contains("<a href=");
  }

  @Test
  void refusedSendIsRecordedAsFailedAndRetriedLater() {
    NotificationRequest request = request("test-outage-" + System.nanoTime(), NotificationType.TASK_ESCALATED,
        "manager@practice.example");
    mail.stop();

    assertThatThrownBy(() -> notifications.send(request)).isInstanceOf(NotificationFailedException.class)
        .hasMessageContaining("CMP-2026-9001");
    Notification failed = records.findByIdempotencyKey(request.key() + "|manager@practice.example").orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(Notification.Status.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(1);
    assertThat(failed.getLastError()).isNotBlank();

    mail.start();
    assertThat(notifications.send(request)).isEqualTo(1);
    Notification sent = records.findById(failed.getId()).orElseThrow();
    assertThat(sent.getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(sent.getAttempts()).isEqualTo(2);
    assertThat(MailAssertions.received(mail)).hasSize(1);
  }

  @Test
  void smtpOutageNeverUndoesTheStartOfACaseAndDeliversOnceTheServerIsBack() {
    mail.stop();
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey(ComplaintResolutionProcess.KEY,
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue("channel", "phone")
            .putValue("category", "billing").putValue("description", "Overcharged")
            .putValue("receivedOn", LocalDate.now().toString())).getId();
    ProcessDriver process = new ProcessDriver(engine, instanceId);
    Job notify = process.asyncJob(ComplaintResolutionProcess.TASK_NOTIFY_OWNER_GROUP);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(notify.getId()))
        .hasMessageContaining("could not be sent");

    // the case and its first task stand; the job waits for its next retry (PT1M,PT5M,PT15M,PT1H,PT4H: 5 left)
    process.task(ComplaintResolutionProcess.TASK_ACKNOWLEDGE_COMPLAINT);
    Job retried = engine.getManagementService().createJobQuery().jobId(notify.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(5);
    assertThat(retried.getExceptionMessage()).contains("could not be sent");
    assertThat(retried.getDuedate()).isAfter(new Date());

    mail.start();
    engine.getManagementService().executeJob(notify.getId());
    assertThat(MailAssertions.to(mail, "billing@practice.example")).hasSize(1);
    assertThat(engine.getManagementService().createJobQuery().jobId(notify.getId()).count()).isZero();
  }

  @Test
  void sendThatKeepsFailingBecomesAVisibleIncident() {
    mail.stop();
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey(ComplaintResolutionProcess.KEY,
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue("channel", "letter")
            .putValue("category", "facilities").putValue("description", "Broken ramp")
            .putValue("receivedOn", LocalDate.now().toString())).getId();
    Job notify = new ProcessDriver(engine, instanceId).asyncJob(ComplaintResolutionProcess.TASK_NOTIFY_OWNER_GROUP);
    // the first attempt and five retries (PT1M,PT5M,PT15M,PT1H,PT4H), then the engine raises an incident
    for (int attempt = 1; attempt <= 6; attempt++) {
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId).count()).isZero();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(notify.getId()));
    }

    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId).list();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getActivityId()).isEqualTo(ComplaintResolutionProcess.TASK_NOTIFY_OWNER_GROUP);
      assertThat(incident.getIncidentMessage()).contains("could not be sent");
    });
  }
}
