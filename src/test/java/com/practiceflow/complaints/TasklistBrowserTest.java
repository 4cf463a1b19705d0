package com.practiceflow.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.practiceflow.BrowserRun;
import com.practiceflow.PracticeFlowTest;

/**
 * The real Camunda Tasklist in headless Chromium (src/test/node/tasklist-complaint.mjs, playwright-core): the front
 * desk starts a complaint through the start form, then billing, the owning group, claims and completes the
 * acknowledgement form; a manager logged in to Tasklist reads the mail catcher in the same session, billing may not.
 * Screenshots land in target/tasklist-screenshots.
 */
@PracticeFlowTest
class TasklistBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  Complaints complaints;
  @Autowired
  HistoryService historyService;

  @Test
  void frontDeskStartsAComplaintAndTheOwningGroupAcknowledgesItInTasklist() throws Exception {
    String token = "browser-" + UUID.randomUUID();
    String output = BrowserRun.run("tasklist-complaint.mjs", "http://localhost:" + port, token);
    Complaint complaint = complaints.findAll().stream().filter(c -> c.getDescription().contains(token)).findFirst()
        .orElseThrow(() -> new AssertionError("no complaint was started from the form:\n" + output));
    assertThat(complaint.getChannel()).isEqualTo("phone");
    assertThat(complaint.getOwnerGroup()).isEqualTo("billing");
    assertThat(complaint.getPatientName()).isEqualTo("Browser Test Patient");
    assertThat(complaint.getStatus()).isEqualTo(Complaint.Status.ACKNOWLEDGED);
    assertThat(complaint.getAcknowledgementMethod()).isEqualTo("letter");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(complaint.getProcessInstanceId())
        .taskDefinitionKey(ComplaintResolutionProcess.TASK_ACKNOWLEDGE_COMPLAINT).taskAssignee("billing").finished()
        .count()).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(complaint.getProcessInstanceId())
        .singleResult().getStartUserId()).isEqualTo("frontdesk");
  }
}
