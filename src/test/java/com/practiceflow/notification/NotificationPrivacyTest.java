package com.practiceflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import com.practiceflow.MailAssertions;
import com.practiceflow.MailAssertions.Mail;
import com.practiceflow.PracticeFlowTest;

/**
 * Every notification type goes out through the real SMTP server while a complaint full of patient details is under
 * way; none of those details may appear in any subject or body.
 */
@PracticeFlowTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationPrivacyTest {

  static final List<String> PATIENT_DETAILS = List.of("Rosalind", "Okonkwo-Smith", "MRN-88231", "rosalind.os@mail.example",
      "melanoma", "biopsy", "E11.9", "clinical-care");

  @Autowired
  ProcessEngine engine;
  @Autowired
  MailCatcher mail;
  @Autowired
  NotificationService notifications;

  @BeforeEach
  void clear() {
    mail.clear();
  }

  @Test
  void noTemplateCarriesPatientDetails(CapturedOutput log) throws Exception {
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey("complaintResolution",
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue("channel", "letter")
            .putValue("category", "clinical-care").putValue("harmAlleged", true)
            .putValue("description", "My melanoma biopsy result (E11.9 noted) was never explained")
            .putValue("receivedOn", LocalDate.now().toString()).putValue("patientName", "Rosalind Okonkwo-Smith")
            .putValue("patientReference", "MRN-88231").putValue("contactEmail", "rosalind.os@mail.example")).getId();
    // every type: the case notice, then the whole ladder of the first task
    runAsyncSteps(instanceId);
    for (String timer : List.of("BoundaryEvent_AcknowledgeComplaintDue", "BoundaryEvent_AcknowledgeComplaintOverdue")) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(instanceId).activityId(timer)
          .singleResult();
      engine.getManagementService().executeJob(job.getId());
    }
    runAsyncSteps(instanceId);

    List<Mail> sent = MailAssertions.received(mail);
    assertThat(sent).extracting(Mail::subject)
        .anyMatch(s -> s.startsWith("New case")).anyMatch(s -> s.startsWith("Reminder")).anyMatch(s -> s.startsWith("Escalated"));
    for (Mail m : sent) {
      for (String detail : PATIENT_DETAILS) {
        assertThat(m.subject() + m.body()).as("email '%s' must not contain '%s'", m.subject(), detail)
            .doesNotContainIgnoringCase(detail);
      }
      assertThat(m.body()).contains("/camunda/app/tasklist/default/#/task=");
    }
    for (String detail : PATIENT_DETAILS.subList(0, 6)) {
      assertThat(log.getAll()).as("the log must not contain '%s'", detail).doesNotContain(detail);
    }
  }

  /** Runs the asynchronous steps (emails) of the instance until none is left, as the job executor would. */
  private void runAsyncSteps(String instanceId) {
    for (int round = 0; round < 5; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  @Test
  void valuesAreHtmlEscaped() {
    String key = "escape-" + System.nanoTime();
    notifications.send(new NotificationRequest(key, NotificationType.TASK_REMINDER, List.of("hr@practice.example"),
        "CMP-<b>1</b>", "Review & <script>alert(1)</script>", null, "http://localhost:8080/x?a=1&b=2"));
    String body = MailAssertions.received(mail).get(0).body();
    String html = body.substring(body.indexOf("<p>"));
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>").contains(HtmlUtils.htmlEscape("<script>alert(1)</script>"))
        .contains("no due date");
  }

  @Test
  void everyTypeHasATemplate() {
    NotificationTemplates templates = new NotificationTemplates(new com.practiceflow.calendar.CalendarProperties());
    for (NotificationType type : NotificationType.values()) {
      var email = templates.render(type, "CMP-2026-0001", "Task", null, "http://x");
      assertThat(email.subject()).as(type.name()).isNotBlank().doesNotContain("{");
      assertThat(email.html()).as(type.name()).contains("CMP-2026-0001").doesNotContain("{");
    }
  }
}
