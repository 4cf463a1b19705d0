package com.practiceflow.deployment;

import static com.practiceflow.deployment.ModelerRequests.deploy;
import static com.practiceflow.deployment.TemplatedModel.flow;
import static com.practiceflow.deployment.TemplatedModel.process;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.MailAssertions;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.claims.Dispute;
import com.practiceflow.claims.DisputeFacts;
import com.practiceflow.claims.DisputeService;
import com.practiceflow.complaints.Complaint;
import com.practiceflow.complaints.ComplaintService;
import com.practiceflow.notification.MailCatcher;

/**
 * Every element template in processes/.camunda/element-templates, applied as the Modeler applies it, deployed
 * through the Modeler's request and run: each step does what its menu entry promises.
 */
@PracticeFlowTest
class ElementTemplatesTest extends ModelerTestBase {

  private static final Set<String> COVERED = new HashSet<>();
  private static final String PAST = "2020-01-06T09:00:00";

  @Autowired
  ProcessEngine engine;
  @Autowired
  MailCatcher mail;
  @Autowired
  ComplaintService complaints;
  @Autowired
  DisputeService disputes;
  TemplatedModel templates;

  @BeforeEach
  void setUp() throws Exception {
    templates = new TemplatedModel();
    mail.clear();
  }

  @AfterAll
  static void everyTemplateWasUsed() throws Exception {
    Set<String> all = new HashSet<>();
    new ObjectMapper().readTree(TemplatedModel.TEMPLATES.toFile()).forEach(t -> all.add(t.get("id").asText()));
    assertThat(COVERED).as("templates used by a test").isEqualTo(all);
  }

  @Test
  void notifyAndTheLadderPartsEmailTheGroupThenRemindThenEscalateWithoutAnyHandWiredListener() throws Exception {
    String body = String.join("\n",
        "<bpmn:startEvent id=\"StartEvent_Probe\" name=\"Probe started\" />",
        use("com.practiceflow.notifyGroup", templates.serviceTask("com.practiceflow.notifyGroup", "Task_NotifyFrontDesk",
            "Notify front desk", Map.of("Group to notify", "front-desk", "About task (id)", "Task_CallPatient"))),
        "<bpmn:userTask id=\"Task_CallPatient\" name=\"Call patient back\" camunda:candidateGroups=\"front-desk\""
            + " camunda:dueDate=\"" + PAST + "\" />",
        use("com.practiceflow.ladder.timer", templates.ladderTimer("BoundaryEvent_CallDue", "Due", "Task_CallPatient", PAST)),
        use("com.practiceflow.ladder.timer",
            templates.ladderTimer("BoundaryEvent_CallOverdue", "Overdue", "Task_CallPatient", PAST)),
        use("com.practiceflow.ladder.reminder", templates.serviceTask("com.practiceflow.ladder.reminder",
            "Task_RemindCall", "Send reminder", Map.of())),
        use("com.practiceflow.ladder.escalate", templates.serviceTask("com.practiceflow.ladder.escalate",
            "Task_EscalateCall", "Escalate to managers", Map.of())),
        use("com.practiceflow.ladder.emailEscalation", templates.serviceTask("com.practiceflow.ladder.emailEscalation",
            "Task_EmailEscalationCall", "Email managers", Map.of())),
        "<bpmn:endEvent id=\"EndEvent_Reminded\" name=\"Reminded\" />",
        "<bpmn:endEvent id=\"EndEvent_Escalated\" name=\"Escalated\" />",
        "<bpmn:endEvent id=\"EndEvent_Done\" name=\"Done\" />",
        flow("Flow_1", "StartEvent_Probe", "Task_NotifyFrontDesk"), flow("Flow_2", "Task_NotifyFrontDesk", "Task_CallPatient"),
        flow("Flow_3", "Task_CallPatient", "EndEvent_Done"), flow("Flow_4", "BoundaryEvent_CallDue", "Task_RemindCall"),
        flow("Flow_5", "Task_RemindCall", "EndEvent_Reminded"), flow("Flow_6", "BoundaryEvent_CallOverdue", "Task_EscalateCall"),
        flow("Flow_7", "Task_EscalateCall", "Task_EmailEscalationCall"),
        flow("Flow_8", "Task_EmailEscalationCall", "EndEvent_Escalated"));
    deployAsModeler(process("templatedLadder", body));

    ProcessDriver probe = start("templatedLadder", "TPL-2026-0001");
    probe.runAsync("Task_NotifyFrontDesk");
    assertThat(MailAssertions.to(mail, "frontdesk@practice.example")).hasSize(1);
    probe.fireTimer("BoundaryEvent_CallDue");
    probe.runAsync("Task_RemindCall");
    assertThat(MailAssertions.to(mail, "frontdesk@practice.example")).hasSize(2);
    probe.fireTimer("BoundaryEvent_CallOverdue");
    probe.runAsync("Task_EscalateCall");
    probe.runAsync("Task_EmailEscalationCall");
    var task = probe.task("Task_CallPatient");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains("practice-managers");
    assertThat(MailAssertions.to(mail, "manager@practice.example")).isNotEmpty();
    assertThat(MailAssertions.received(mail)).allSatisfy(m -> assertThat(m.body()).contains("TPL-2026-0001"));
  }

  @Test
  void setTheComplaintsStatusChangesTheRecordOfThisCase() throws Exception {
    JsonNode created = json.readTree(rest.postJson("frontdesk", "/api/complaints", """
        {"channel":"phone","category":"other","description":"Waiting room too cold","receivedOn":"%s"}"""
        .formatted(LocalDate.now())).body());
    String reference = created.get("reference").asText();
    deployAsModeler(statusProcess("templatedComplaintStatus", "com.practiceflow.updateRecordStatus.complaint",
        "INVESTIGATED"));

    start("templatedComplaintStatus", reference).runAsync("Task_SetStatus");
    assertThat(complaints.ofCase(reference).getStatus()).isEqualTo(Complaint.Status.INVESTIGATED);
  }

  @Test
  void setTheDisputesStatusChangesTheRecordAndKeepsItsDeadline() throws Exception {
    LocalDate today = LocalDate.now();
    Dispute dispute = disputes.open(Dispute.Type.MANUAL, new DisputeFacts("medicare", "Medicare", "MEDICARE",
        "CLM-TPL-1", "PCN-1", "99213", today.minusDays(20), new BigDecimal("120.00"), new BigDecimal("80.00"),
        BigDecimal.ZERO, new BigDecimal("80.00"), new BigDecimal("80.00"), "CO", "50", null, today.minusDays(5),
        today.minusDays(5), today.plusDays(300), null), "template-test", today);
    disputes.step(dispute.getId(), Dispute.Status.APPEALED, today.plusDays(100));
    deployAsModeler(statusProcess("templatedDisputeStatus", "com.practiceflow.updateRecordStatus.dispute",
        "IN_NEGOTIATION"));

    start("templatedDisputeStatus", dispute.getReference()).runAsync("Task_SetStatus");
    Dispute after = disputes.get(dispute.getId());
    assertThat(after.getStatus()).isEqualTo(Dispute.Status.IN_NEGOTIATION);
    assertThat(after.getCurrentDeadline()).isEqualTo(today.plusDays(100));
  }

  @Test
  void aStatusTheRecordDoesNotHaveIsRefusedAtDeploy() throws Exception {
    var response = rest.postMultipart("manager", "/engine-rest/deployment/create", deploy("templated",
        Map.of("templated.bpmn", statusProcess("templatedBadStatus", "com.practiceflow.updateRecordStatus.complaint",
            "RESOLVED"))));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("message").asText()).contains("Task_SetStatus")
        .contains("'RESOLVED' is not a status of a complaint");
  }

  private String statusProcess(String key, String templateId, String status) {
    return process(key, String.join("\n", "<bpmn:startEvent id=\"StartEvent_Probe\" name=\"Probe started\" />",
        use(templateId, templates.serviceTask(templateId, "Task_SetStatus", "Set status", Map.of("New status", status))),
        "<bpmn:endEvent id=\"EndEvent_Done\" name=\"Done\" />",
        flow("Flow_1", "StartEvent_Probe", "Task_SetStatus"), flow("Flow_2", "Task_SetStatus", "EndEvent_Done")));
  }

  private static String use(String templateId, String element) {
    COVERED.add(templateId);
    return element;
  }

  private void deployAsModeler(String bpmn) {
    var response = rest.postMultipart("manager", "/engine-rest/deployment/create",
        deploy("templated", Map.of("templated.bpmn", bpmn)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private ProcessDriver start(String key, String businessKey) {
    return new ProcessDriver(engine, engine.getRuntimeService().startProcessInstanceByKey(key, businessKey).getId());
  }
}
