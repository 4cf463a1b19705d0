package com.practiceflow.security.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;
import com.practiceflow.benchmark.TasklistClient;

/**
 * A policy's author never reviews or approves it: refused by
 * the engine whichever way the task is claimed or completed (REST as the Modeler and scripts use it, Tasklist's own
 * API in a logged-in session, the Java API), with the task left as it was, and done by someone else.
 */
@PracticeFlowTest
@ExtendWith(OutputCaptureExtension.class)
class SeparationOfDutiesTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void loggedOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theAuthorOfAPolicyCannotClaimOrCompleteItsReviewsOverRest(CapturedOutput log) throws Exception {
    RestClient rest = new RestClient(port);
    int logged = log.getOut().length();
    String instance = draftPolicyAs(rest, "compliance");
    Task peer = open(instance, "Task_PeerReview");

    HttpResponse<String> claim = rest.postJson("compliance", "/engine-rest/task/" + peer.getId() + "/claim",
        "{\"userId\":\"compliance\"}");
    assertThat(claim.statusCode()).isEqualTo(403);
    assertThat(claim.body()).contains("compliance cannot be assigned 'Peer review'", "started it",
        "separation of duties");
    HttpResponse<String> complete = rest.postJson("compliance", "/engine-rest/task/" + peer.getId()
        + "/submit-form", variables(Map.of("peerDecision", "approve")));
    assertThat(complete.statusCode()).isEqualTo(403);
    assertThat(complete.body()).contains("compliance cannot complete 'Peer review'");
    assertThat(open(instance, "Task_PeerReview").getAssignee()).isNull();
    String written = log.getOut().substring(logged);
    assertThat(written.lines().filter(line -> line.contains("Refused: compliance cannot"))).hasSize(2);
    assertThat(written).doesNotContain("ENGINE-16004").doesNotContain("\tat org.camunda");

    assertThat(rest.postJson("manager", "/engine-rest/task/" + peer.getId() + "/submit-form",
        variables(Map.of("peerDecision", "approve"))).statusCode()).isEqualTo(204);
    Task review = open(instance, "Task_ComplianceReview");
    assertThat(rest.postJson("compliance", "/engine-rest/task/" + review.getId() + "/submit-form",
        variables(Map.of("complianceDecision", "approve"))).statusCode()).isEqualTo(403);
    assertThat(open(instance, "Task_ComplianceReview").getId()).isEqualTo(review.getId());
  }

  @Test
  void theAuthorOfAPolicyCannotClaimOrCompleteItsPeerReviewInTasklist() throws Exception {
    String instance = draftPolicyAs(new RestClient(port), "compliance");
    Task peer = open(instance, "Task_PeerReview");
    TasklistClient tasklist = new TasklistClient(port);
    tasklist.login("compliance", "compliance");

    HttpResponse<String> claim = tasklist.postEngine("/task/" + peer.getId() + "/claim",
        "{\"userId\":\"compliance\"}");
    assertThat(claim.statusCode()).isEqualTo(403);
    assertThat(claim.body()).contains("separation of duties");
    HttpResponse<String> submit = tasklist.postEngine("/task/" + peer.getId() + "/submit-form",
        variables(Map.of("peerDecision", "approve")));
    assertThat(submit.statusCode()).isEqualTo(403);
    assertThat(open(instance, "Task_PeerReview").getAssignee()).isNull();

    TasklistClient manager = new TasklistClient(port);
    manager.login("manager", "manager");
    assertThat(manager.postEngine("/task/" + peer.getId() + "/claim", "{\"userId\":\"manager\"}").statusCode())
        .isEqualTo(204);
    assertThat(open(instance, "Task_PeerReview").getAssignee()).isEqualTo("manager");
  }

  @Test
  void aTaskAssignedByAnEscalationWithNoOneLoggedInIsStillRefusedToTheAuthorOnCompletion() throws Exception {
    String instance = draftPolicyAs(new RestClient(port), "compliance");
    Task peer = open(instance, "Task_PeerReview");
    engine.getTaskService().setAssignee(peer.getId(), "compliance"); // a job: no one logged in
    assertThat(open(instance, "Task_PeerReview").getAssignee()).isEqualTo("compliance");

    engine.getIdentityService().setAuthentication("compliance", List.of("compliance"));
    assertThatThrownBy(() -> engine.getTaskService().complete(peer.getId(),
        Map.of("peerDecision", "approve"))).hasMessageContaining("compliance cannot complete 'Peer review'")
        .hasRootCauseInstanceOf(AuthorizationException.class);
    assertThat(open(instance, "Task_PeerReview").getId()).isEqualTo(peer.getId());
  }

  private String draftPolicyAs(RestClient rest, String user) throws Exception {
    HttpResponse<String> started = rest.postJson(user, "/engine-rest/process-definition/key/policyApproval/submit-form",
        variables(Map.of("title", "Sharps disposal", "category", "clinical", "ownerGroup", "compliance",
            "scopeGroups", "clinicians", "policyText", "Dispose of sharps at once.", "effectiveOn",
            LocalDate.now().toString(), "reviewIntervalMonths", 12, "materialChange", true)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return json.readTree(started.body()).path("id").asText();
  }

  private Task open(String instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private String variables(Map<String, ?> values) throws Exception {
    Map<String, Object> wrapped = new TreeMap<>();
    values.forEach((k, v) -> wrapped.put(k, Map.of("value", v)));
    return json.writeValueAsString(Map.of("variables", wrapped));
  }
}
