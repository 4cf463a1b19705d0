package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;
import com.practiceflow.SampleFiles;
import com.practiceflow.benchmark.TasklistClient;

/**
 * The smaller holes of the probe: who may list users, the webapps' plugin APIs, upload and amount limits, case
 * references drawn only for accepted starts, answers to malformed input (a 4xx with a reason, never 5xx or a Java
 * message), and the headers on answers that carry personal details.
 */
@PracticeFlowTest
class ApiHardeningTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;

  @BeforeEach
  void client() {
    rest = new RestClient(port);
  }

  @Test
  void aGroupListsOnlyItsOwnMembersAndManagersListEveryone() throws Exception {
    List<String> billingMembers = identityService.createUserQuery().memberOfGroup("billing").list().stream()
        .map(org.camunda.bpm.engine.identity.User::getId).toList();
    assertThat(userIds("billing", "")).containsExactlyInAnyOrderElementsOf(billingMembers).contains("billing")
        .doesNotContain("manager", "frontdesk");
    assertThat(userIds("frontdesk", "?memberOfGroup=practice-managers")).isEmpty();
    assertThat(userIds("manager", "")).contains("admin", "billing", "clinician", "compliance", "frontdesk", "hr", "it",
        "manager");
  }

  @Test
  void theWebappsPluginApisAnswerOnlyThoseWhoMayOpenTheWebapp() throws Exception {
    String counts = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count";
    TasklistClient billing = new TasklistClient(port);
    billing.login("billing", "billing");
    var refused = billing.get(counts);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("does not include cockpit");
    TasklistClient manager = new TasklistClient(port);
    manager.login("manager", "manager");
    assertThat(manager.get(counts).statusCode()).isEqualTo(200);
  }

  @Test
  void anOversizeRawUploadIsRefusedWith413AndItsLimit() throws Exception {
    byte[] huge = new byte[11 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'A');
    var raw = rest.post("billing", "/api/remittances", "text/plain", huge);
    assertThat(raw.statusCode()).isEqualTo(413);
    assertThat(message(raw)).contains("at most 10 MB");
    var multipart = rest.postMultipart("billing", "/api/remittances",
        Map.of("file", new RestClient.FilePart("big.835", huge)));
    assertThat(multipart.statusCode()).isEqualTo(413);
    assertThat(message(multipart)).contains("10MB");
  }

  @Test
  void amountsOutOfRangeAreRefusedNamingTheSegment() throws Exception {
    String file = new String(SampleFiles.remittance("unitedhealthcare-2026-11-21.835"), StandardCharsets.UTF_8);
    String clp = file.substring(file.indexOf("CLP*"), file.indexOf('~', file.indexOf("CLP*")));
    String[] elements = clp.split("\\*");
    for (String billed : List.of("1e30", "-250.00", "123456789012.00")) {
      elements[3] = billed;
      var answer = rest.post("billing", "/api/remittances", "text/plain",
          file.replace(clp, String.join("*", elements)).getBytes(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).as(billed).isEqualTo(400);
      assertThat(json.readTree(answer.body()).path("segment").asText()).as(billed).isEqualTo("CLP");
    }
    var form = rest.postJson("billing", "/engine-rest/process-definition/key/claimDispute/submit-form", """
        {"variables":{"claimRef":{"value":"C"},"payerId":{"value":"01112"},"billed":{"value":1e30},
         "paid":{"value":0},"carc":{"value":"50"},"noticeDate":{"value":"%s"}}}""".formatted(LocalDate.now()));
    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(message(form)).contains("'billed' must be an amount");
  }

  @Test
  void aRefusedStartDrawsNoReference() {
    int before = lastComplaintNumber();
    assertThat(rest.postJson("billing", "/api/complaints", """
        {"channel":"phone","category":"other","description":"Noise","receivedOn":"%s"}"""
        .formatted(LocalDate.now())).statusCode()).isEqualTo(403);
    assertThat(lastComplaintNumber()).isEqualTo(before);
  }

  @Test
  void malformedInputIsAnsweredWithAReasonNeverAServerError() throws Exception {
    List<HttpResponse<String>> answers = new ArrayList<>();
    String task = "/engine-rest/task/aaaaaaaa-0000-0000-0000-000000000000";
    answers.add(rest.postJson("frontdesk", "/api/complaints", "{not json"));
    answers.add(rest.postJson("frontdesk", "/api/complaints", "{\"channel\":5,\"receivedOn\":\"yesterday\"}"));
    answers.add(rest.postJson("frontdesk", "/api/complaints", "[]"));
    answers.add(rest.postJson("frontdesk", "/api/complaints", "{\"description\":\"" + "x".repeat(200_000) + "\"}"));
    answers.add(rest.postJson("manager", task + "/complete", "{\"variables\":{\"x\":{\"value\":\"a\",\"type\":\"Integer\"}}}"));
    answers.add(rest.postJson("manager", task + "/complete", "{broken"));
    answers.add(rest.postJson("manager", "/engine-rest/process-definition/key/nothing/start", "{}"));
    answers.add(rest.postJson("manager", "/engine-rest/process-definition/key/complaintResolution/start",
        "{\"variables\":{\"receivedOn\":{\"value\":\"not-a-date\"},\"channel\":{\"value\":\"phone\"}}}"));
    answers.add(rest.postJson("frontdesk", "/engine-rest/process-definition/key/complaintResolution/submit-form",
        "{\"variables\":{\"channel\":{\"value\":\"phone\"}}}"));
    answers.add(rest.get("manager", "/engine-rest/task?dueBefore=tomorrow"));
    answers.add(rest.get("manager", "/engine-rest/task/..%2F..%2Fdeployment"));
    answers.add(rest.get("manager", "/api/complaints/%00"));
    answers.add(rest.get("manager", "/api/complaints/CMP-" + "9".repeat(3000)));
    answers.add(rest.post("billing", "/api/remittances", "text/plain", new byte[0]));
    answers.add(rest.post("billing", "/api/remittances", "text/plain", "\uFEFFISA*".getBytes(StandardCharsets.UTF_8)));
    answers.add(rest.request("manager", "DELETE", "/api/security/locks/%20", null));
    for (HttpResponse<String> answer : answers) {
      String what = answer.request().method() + " " + answer.request().uri().getPath();
      assertThat(answer.statusCode()).as(what + ": " + answer.body()).isBetween(400, 499);
      assertThat(answer.body()).as(what).doesNotContain("java.", "Exception:", "at org.", "NullPointer");
    }
    System.out.printf("Malformed input: %d requests, %d answered 4xx with a reason, 0 answered 5xx%n",
        answers.size(), answers.size());
  }

  @Test
  void answersWithPersonalDetailsAreNeverStoredAndCarrySecurityHeaders() {
    for (String path : List.of("/api/disputes/figures", "/engine-rest/task", "/engine-rest/user")) {
      var answer = rest.get("manager", path);
      assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
          .contains("frame-ancestors 'none'");
    }
  }

  private int lastComplaintNumber() {
    Integer value = jdbc.queryForObject("select coalesce(max(last_value), 0) from case_reference_counter where"
        + " prefix = 'CMP'", Integer.class);
    return value == null ? 0 : value;
  }

  private List<String> userIds(String user, String query) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode node : json.readTree(rest.get(user, "/engine-rest/user" + query).body())) {
      ids.add(node.get("id").asText());
    }
    return ids;
  }

  private String message(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).path("message").asText();
  }
}
