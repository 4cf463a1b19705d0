package com.practiceflow.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;
import com.practiceflow.records.RecordsByReference;

@PracticeFlowTest
class ComplaintIntakeApiTest {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  Complaints complaints;
  @Autowired
  RecordsByReference records;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;

  @BeforeEach
  void client() {
    rest = new RestClient(port);
  }

  private static String body(String receivedOn) {
    return """
        {"channel":"web","category":"access","description":"Could not book an appointment for three weeks",
         "receivedOn":"%s","patientName":"Sam Example","patientReference":"MRN-1","contactEmail":"sam@mail.example",
         "jurisdiction":"UK"}""".formatted(receivedOn);
  }

  @Test
  void validComplaintIsAnswered201WithItsReferenceAndStartsTheProcess() throws Exception {
    HttpResponse<String> response = rest.postJson("frontdesk", "/api/complaints", body(LocalDate.now().toString()));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode answer = json.readTree(response.body());
    String reference = answer.get("reference").asText();
    assertThat(reference).matches("CMP-\\d{4}-\\d{4}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/complaints/" + reference);
    var instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(answer.get("processInstanceId").asText()).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(reference);
    Complaint complaint = records.find(Complaint.class, reference).orElseThrow();
    assertThat(complaint.getJurisdiction()).isEqualTo("UK");
    assertThat(complaint.getPatientName()).isEqualTo("Sam Example");
    assertThat(complaint.getOwnerGroup()).isEqualTo("practice-managers");
  }

  @Test
  void invalidComplaintGets400WithAMessagePerFieldAndStartsNothing() throws Exception {
    long instances = runtimeService.createProcessInstanceQuery().count();
    long records = complaints.count();

    HttpResponse<String> response = rest.postJson("frontdesk", "/api/complaints",
        "{\"channel\":\"carrier pigeon\",\"description\":\" \",\"receivedOn\":\"2999-01-01\","
            + "\"contactEmail\":\"not-an-email\",\"jurisdiction\":\"FR\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = json.readTree(response.body()).get("errors");
    assertThat(errors.get("channel").asText()).contains("phone, letter");
    assertThat(errors.get("category").asText()).contains("required");
    assertThat(errors.get("description").asText()).contains("required");
    assertThat(errors.get("receivedOn").asText()).contains("future");
    assertThat(errors.get("contactEmail").asText()).contains("email");
    assertThat(errors.get("jurisdiction").asText()).contains("US or UK");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(complaints.count()).isEqualTo(records);
  }

  @Test
  void malformedDateNamesTheField() throws Exception {
    HttpResponse<String> response = rest.postJson("frontdesk", "/api/complaints", body("last Tuesday"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("errors").get("receivedOn").asText()).contains("yyyy-MM-dd");
  }

  @Test
  void callerWithoutTheRightToStartComplaintsIsRefusedAndNothingIsKept() {
    long records = complaints.count();

    assertThat(rest.postJson("billing", "/api/complaints", body(LocalDate.now().toString())).statusCode())
        .isEqualTo(403);
    assertThat(rest.postJson(null, "/api/complaints", body(LocalDate.now().toString())).statusCode()).isEqualTo(401);
    assertThat(complaints.count()).isEqualTo(records);
  }

  @Test
  void aDateSentAsANumberIsRefusedNotReadAsADayCount() throws Exception {
    long records = complaints.count();
    HttpResponse<String> response = rest.postJson("frontdesk", "/api/complaints",
        body("X").replace("\"receivedOn\":\"X\"", "\"receivedOn\":12345"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("errors").get("receivedOn").asText())
        .contains("date written as text, yyyy-MM-dd");
    assertThat(complaints.count()).isEqualTo(records);
  }

  @Test
  void aReceiptDateYearsBackIsRefusedWithTheRuleNamedAndAFewWeeksLateIsTaken() throws Exception {
    long records = complaints.count();
    HttpResponse<String> old = rest.postJson("frontdesk", "/api/complaints", body("2003-10-18"));

    assertThat(old.statusCode()).as(old.body()).isEqualTo(400);
    assertThat(json.readTree(old.body()).get("errors").get("receivedOn").asText())
        .contains("2003-10-18").contains("more than 90 days ago").contains("received-within-days");
    assertThat(complaints.count()).isEqualTo(records);

    HttpResponse<String> late = rest.postJson("frontdesk", "/api/complaints",
        body(LocalDate.now().minusDays(21).toString()));
    assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
  }

  @Test
  void textWithAControlCharacterIsRefusedNamingTheFieldAndPositionAndKeepsNothing() throws Exception {
    long records = complaints.count();
    HttpResponse<String> response = rest.postJson("frontdesk", "/api/complaints", body(LocalDate.now().toString())
        .replace("Could not book", "Could\\u0000 not book"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("errors").get("description").asText())
        .contains("control character (U+0000) at position 6");
    assertThat(complaints.count()).isEqualTo(records);

    HttpResponse<String> lines = rest.postJson("frontdesk", "/api/complaints", body(LocalDate.now().toString())
        .replace("Could not book", "Could not\\r\\n\\tbook"));
    assertThat(lines.statusCode()).as("tabs and line breaks are text").isEqualTo(201);
  }

  @Test
  void theTasklistStartFormRefusesAFutureOrControlCharacterInputWith400InTheFormsWords() throws Exception {
    long records = complaints.count();
    String form = "/engine-rest/process-definition/key/complaintResolution/submit-form";
    String future = LocalDate.now().plusDays(3).toString();
    HttpResponse<String> ahead = rest.postJson("frontdesk", form, startForm(future, "Rude at the front desk"));

    assertThat(ahead.statusCode()).as(ahead.body()).isEqualTo(400);
    assertThat(json.readTree(ahead.body()).get("message").asText()).contains("Received on")
        .doesNotContain("receivedOn").doesNotContain("Exception");

    HttpResponse<String> nul = rest.postJson("frontdesk", form, startForm(LocalDate.now().toString(),
        "Rude\\u0007 at the desk"));
    assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
    assertThat(json.readTree(nul.body()).get("message").asText()).contains("'description'")
        .contains("U+0007");
    assertThat(complaints.count()).isEqualTo(records);
  }

  private static String startForm(String receivedOn, String description) {
    return """
        {"variables":{"channel":{"value":"phone"},"category":{"value":"staff-conduct"},
         "description":{"value":"%s"},"receivedOn":{"value":"%s"},"jurisdiction":{"value":"US"}}}"""
        .formatted(description, receivedOn);
  }
}
