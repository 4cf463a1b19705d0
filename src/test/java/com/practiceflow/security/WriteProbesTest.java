package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;

/**
 * Every demo role tries every write a person can send at every open task and startable process, over the REST API
 * Tasklist and the Modeler use: completions and form submissions carrying other cases' ids, routing and other
 * users' names, direct variable writes, claims for someone else, reassignment, deadline changes, deletions,
 * comments on tasks they cannot work, starts and messages with variables no form asks for. None may succeed,
 * none may answer 5xx, and a task one cannot see answers exactly as a task that does not exist.
 */
@PracticeFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteProbesTest {

  static final List<String> ROLES = List.of("manager", "admin", "frontdesk", "billing", "compliance", "clinician",
      "hr", "it");
  /** Ids, routing and owners of other cases: what a tampering completion would send. */
  static final Map<String, Object> TAMPERING = Map.of("disputeId", 4, "complaintId", 1, "policyId", 1,
      "versionId", 1, "staffId", 1, "category", "general", "ownerGroup", "billing", "approverGroup",
      "practice-managers", "attestee", "manager", "staffUserId", "manager");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;
  final Map<String, int[]> figures = new TreeMap<>(); // role -> tried, refused, succeeded, 5xx
  final List<String> succeeded = new ArrayList<>();
  final List<String> serverErrors = new ArrayList<>();

  @BeforeAll
  void openCasesOfEveryFamily() throws Exception {
    rest = new RestClient(port);
    String today = LocalDate.now().toString();
    expect(201, rest.postJson("frontdesk", "/api/complaints", """
        {"channel":"phone","category":"billing","description":"Charged twice","receivedOn":"%s"}""".formatted(today)));
    expect(201, rest.postJson("frontdesk", "/api/complaints", """
        {"channel":"web","category":"clinical-care","description":"Rude","receivedOn":"%s","harmAlleged":true}"""
        .formatted(today)));
    // billing opens a medical-necessity dispute by hand: its clinician's "Write supporting letter" is then open
    expect(200, rest.postJson("billing", "/engine-rest/process-definition/key/claimDispute/submit-form", variables(
        Map.of("claimRef", "CLM-PROBE", "payerId", "01112", "procedureCode", "93000", "serviceDate", "2026-10-01",
            "billed", 100, "paid", 0, "groupCode", "CO", "carc", "50", "rarc", "N115", "noticeDate", today))));
    // compliance drafts a clinical policy; a manager's peer review (never its author's) passes it to compliance
    expect(200, rest.postJson("compliance", "/engine-rest/process-definition/key/policyApproval/submit-form",
        variables(Map.of("title", "Sharps", "category", "clinical", "ownerGroup", "compliance", "scopeGroups",
            "clinicians", "policyText", "Dispose of sharps at once.", "effectiveOn", today,
            "reviewIntervalMonths", 12, "materialChange", true))));
    Task peer = openTask("Task_PeerReview");
    expect(204, rest.postJson("manager", "/engine-rest/task/" + peer.getId() + "/submit-form",
        variables(Map.of("peerDecision", "approve"))));
    expect(200, rest.postJson("hr", "/engine-rest/process-definition/key/staffHiring/submit-form",
        variables(Map.of("jobTitle", "Receptionist", "role", "front-desk", "justification", "Cover"))));
  }

  @Test
  void noRoleWritesAnythingAFormDoesNotAskFor() throws Exception {
    List<Task> tasks = engine.getTaskService().createTaskQuery().list();
    assertThat(tasks).as("open tasks to probe").hasSizeGreaterThanOrEqualTo(5);
    for (String role : ROLES) {
      for (Task task : tasks) {
        probeTask(role, task);
      }
      for (String key : List.of("complaintResolution", "claimDispute", "policyApproval", "staffHiring",
          "staffOffboarding", "licenceRenewal")) {
        refused(role, "start " + key, rest.postJson(role, "/engine-rest/process-definition/key/" + key + "/start",
            variables(Map.of("complaintId", 1, "severity", "LOW", "approverGroup", "billing", "caseReference",
                "CMP-2026-0001"))));
        refused(role, "submit start form " + key, rest.postJson(role, "/engine-rest/process-definition/key/" + key
            + "/submit-form", variables(Map.of("disputeId", 4, "staffId", 1))));
      }
      refused(role, "message with variables", rest.postJson(role, "/engine-rest/message", """
          {"messageName":"Msg_StaffHired","businessKey":"STF-2026-9999",
           "processVariables":{"staffId":{"value":1},"roleGroup":{"value":"practice-managers"}}}"""));
      for (var instance : engine.getRuntimeService().createProcessInstanceQuery().list()) {
        refused(role, "case variable", rest.putJson(role, "/engine-rest/process-instance/" + instance.getId()
            + "/variables/ownerGroup", "{\"value\":\"billing\"}"));
      }
      refused(role, "intake with routing", rest.postJson(role, "/api/complaints", """
          {"channel":"phone","category":"other","description":"x","receivedOn":"%s","ownerGroup":"billing"}"""
          .formatted(LocalDate.now())));
    }
    print();
    assertThat(serverErrors).as("answers 5xx").isEmpty();
    assertThat(succeeded).as("tampering writes that succeeded").isEmpty();
  }

  @Test
  void theRefusalsNameWhatWasRefused() throws Exception {
    Task letter = openTask("Task_WriteSupportingLetter");
    var completion = rest.postJson("clinician", "/engine-rest/task/" + letter.getId() + "/complete",
        variables(Map.of("letterSummary", "Indicated", "letterDocument", "doc", "disputeId", 4)));
    assertThat(completion.statusCode()).isEqualTo(400);
    assertThat(message(completion)).contains("has no field disputeId").doesNotContain("Exception", "java.");

    Task review = openTask("Task_ComplianceReview");
    var category = rest.postJson("compliance", "/engine-rest/task/" + review.getId() + "/submit-form",
        variables(Map.of("complianceDecision", "approve", "legalReviewNeeded", false, "category", "general")));
    assertThat(category.statusCode()).isEqualTo(400);
    assertThat(message(category)).contains("has no field category");
    var readOnly = rest.postJson("compliance", "/engine-rest/task/" + review.getId() + "/submit-form",
        variables(Map.of("complianceDecision", "approve", "legalReviewNeeded", false, "caseReference", "POL-X")));
    assertThat(message(readOnly)).contains("'caseReference' is shown read-only");

    var claimForOther = rest.postJson("clinician", "/engine-rest/task/" + letter.getId() + "/claim",
        "{\"userId\":\"frontdesk\"}");
    assertThat(claimForOther.statusCode()).isEqualTo(403);
    assertThat(message(claimForOther)).contains("only for yourself");
    var fact = rest.putJson("manager", "/engine-rest/process-instance/" + letter.getProcessInstanceId()
        + "/variables/disputeId", "{\"value\":4}");
    assertThat(fact.statusCode()).isEqualTo(400);
    assertThat(message(fact)).contains("disputeId is set by the process from the case's record");
  }

  @Test
  void aTaskOneCannotSeeAnswersAsATaskThatDoesNotExist() throws Exception {
    Task letter = openTask("Task_WriteSupportingLetter");
    for (String path : List.of("/complete", "/claim", "/comment/create", "/variables/x")) {
      String method = path.startsWith("/variables") ? "PUT" : "POST";
      String body = path.equals("/comment/create") ? "{\"message\":\"hi\"}" : "{\"value\":1}";
      String missingId = "aaaaaaaa-0000-0000-0000-000000000000";
      // the front desk takes part in disputes but may not see a clinician's task, nor its history
      var hidden = rest.request("frontdesk", method, "/engine-rest/task/" + letter.getId() + path, body);
      var missing = rest.request("frontdesk", method, "/engine-rest/task/" + missingId + path, body);
      assertThat(hidden.statusCode()).as(path).isBetween(400, 404).isEqualTo(missing.statusCode());
      assertThat(message(hidden).replace(letter.getId(), "ID")).as(path)
          .isEqualTo(message(missing).replace(missingId, "ID"));
    }
    assertThat(rest.request("billing", "DELETE", "/engine-rest/task/" + letter.getId(), null).statusCode())
        .isEqualTo(rest.request("billing", "DELETE", "/engine-rest/task/aaaaaaaa-0000-0000-0000-000000000000", null)
            .statusCode()).isEqualTo(404);
  }

  private void probeTask(String role, Task task) throws Exception {
    String at = "/engine-rest/task/" + task.getId();
    String name = task.getTaskDefinitionKey();
    refused(role, "complete " + name, rest.postJson(role, at + "/complete", variables(TAMPERING)));
    refused(role, "submit " + name, rest.postJson(role, at + "/submit-form", variables(TAMPERING)));
    refused(role, "bpmn error " + name, rest.postJson(role, at + "/bpmnError",
        "{\"errorCode\":\"x\",\"variables\":{\"disputeId\":{\"value\":4}}}"));
    refused(role, "set variable " + name, rest.putJson(role, at + "/variables/caseReference", "{\"value\":\"X\"}"));
    refused(role, "modify variables " + name, rest.postJson(role, at + "/variables",
        "{\"modifications\":{\"ownerGroup\":{\"value\":\"billing\"}}}"));
    String other = "frontdesk".equals(role) ? "billing" : "frontdesk";
    refused(role, "claim for another " + name, rest.postJson(role, at + "/claim", "{\"userId\":\"" + other + "\"}"));
    refused(role, "delete " + name, rest.request(role, "DELETE", at, null));
    if (!isManager(role)) {
      refused(role, "reassign " + name, rest.postJson(role, at + "/assignee", "{\"userId\":\"" + other + "\"}"));
      refused(role, "move deadline " + name, rest.putJson(role, at, "{\"name\":\"" + task.getName()
          + "\",\"due\":\"2099-01-01T00:00:00.000+0000\",\"priority\":50}"));
      refused(role, "add group " + name, rest.postJson(role, at + "/identity-links",
          "{\"groupId\":\"" + role + "\",\"type\":\"candidate\"}"));
      if (!mayWork(role, task)) {
        refused(role, "comment " + name, rest.postJson(role, at + "/comment/create", "{\"message\":\"note\"}"));
      }
    }
  }

  private boolean mayWork(String role, Task task) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(role).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    return role.equals(task.getAssignee()) || engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).anyMatch(groups::contains);
  }

  private static boolean isManager(String role) {
    return "manager".equals(role) || "admin".equals(role);
  }

  private void refused(String role, String what, HttpResponse<String> response) {
    int[] counts = figures.computeIfAbsent(role, r -> new int[4]);
    counts[0]++;
    int status = response.statusCode();
    if (status >= 500) {
      counts[3]++;
      serverErrors.add(role + ": " + what + " -> " + status + " " + response.body());
    } else if (status < 300) {
      counts[2]++;
      succeeded.add(role + ": " + what + " -> " + status);
    } else {
      counts[1]++;
    }
  }

  private void print() {
    int tried = 0;
    for (var role : figures.entrySet()) {
      int[] c = role.getValue();
      tried += c[0];
      System.out.printf("Write probes, %-10s %5d tried, %5d refused, %d succeeded, %d answered 5xx%n", role.getKey(),
          c[0], c[1], c[2], c[3]);
    }
    System.out.printf("Write probes: %d in all, %d succeeded, %d answered 5xx%n", tried, succeeded.size(),
        serverErrors.size());
  }

  private Task openTask(String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list();
    assertThat(tasks).as("open %s", key).isNotEmpty();
    return tasks.get(0);
  }

  private String message(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).path("message").asText();
  }

  private static void expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  /** Camunda REST's variables: {"variables": {"name": {"value": ...}}}. */
  String variables(Map<String, ?> values) throws Exception {
    Map<String, Object> wrapped = new TreeMap<>();
    values.forEach((k, v) -> wrapped.put(k, Map.of("value", v)));
    return json.writeValueAsString(Map.of("variables", wrapped));
  }
}
