package com.practiceflow.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;
import com.practiceflow.SampleFiles;

@PracticeFlowTest
class RemittanceImportTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DisputeService disputes;
  @Autowired
  Disputes disputeRecords;
  @Autowired
  Remittances remittances;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;

  @BeforeEach
  void setUp() {
    rest = new RestClient(port);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T14:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private Map<String, Object> upload(String user, String name) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("file", new RestClient.FilePart(name, SampleFiles.remittance(name)));
    var response = rest.postMultipart(user, "/api/remittances", parts);
    try {
      return Map.of("status", response.statusCode(), "body", json.readTree(response.body()));
    } catch (Exception e) {
      return Map.of("status", response.statusCode(), "body", json.nullNode());
    }
  }

  @Test
  void eachDeniedLineAndEachUnderpaidLineOpensOneDisputeAndASecondImportOpensNothing() {
    Map<String, Object> first = upload("billing", "medicare-part-b-2026-11-20.835");
    assertThat(first.get("status")).isEqualTo(201);
    JsonNode body = (JsonNode) first.get("body");
    assertThat(body.get("claims").asInt()).isEqualTo(3);
    assertThat(body.get("disputes")).hasSize(4);

    List<Dispute> opened = new java.util.ArrayList<>();
    body.get("disputes").forEach(ref -> opened.add(disputes.byReference(ref.asText()).orElseThrow()));
    assertThat(opened).extracting(Dispute::getProcedureCode).containsExactlyInAnyOrder("93000", "36415", "85025", "99213");
    Dispute underpaid = opened.stream().filter(d -> d.getProcedureCode().equals("99213")).findFirst().orElseThrow();
    assertThat(underpaid.getType()).isEqualTo(Dispute.Type.UNDERPAYMENT);
    assertThat(underpaid.getExpected()).isEqualByComparingTo("130.00");
    assertThat(underpaid.getAllowed()).isEqualByComparingTo("110.00");
    assertThat(underpaid.getAmountAtStake()).isEqualByComparingTo("20.00");
    assertThat(underpaid.getBucket()).isEqualTo("underpayment");
    Dispute necessity = opened.stream().filter(d -> d.getProcedureCode().equals("93000")).findFirst().orElseThrow();
    assertThat(necessity.getType()).isEqualTo(Dispute.Type.DENIAL);
    assertThat(necessity.getCarc()).isEqualTo("50");
    assertThat(necessity.getRarc()).isEqualTo("N115");
    assertThat(necessity.getBucket()).isEqualTo("medical-necessity");
    assertThat(necessity.getNoticeDate()).isEqualTo("2026-11-20");
    // Medicare presumes receipt 5 days after the notice
    assertThat(necessity.getReceivedOn()).isEqualTo("2026-11-25");
    assertThat(necessity.getTimelyFilingDeadline()).isEqualTo("2027-10-01");
    assertThat(opened).allSatisfy(d -> assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(d.getReference()).processDefinitionKey(ClaimDisputeProcess.KEY).count()).isEqualTo(1));

    long before = disputeRecords.count();
    Map<String, Object> again = upload("billing", "medicare-part-b-2026-11-20.835");
    assertThat(again.get("status")).isEqualTo(200);
    assertThat(((JsonNode) again.get("body")).get("duplicate").asBoolean()).isTrue();
    assertThat(disputeRecords.count()).isEqualTo(before);
  }

  @Test
  void commercialRemittanceOpensPriorAuthorizationDuplicateAndUnderpaymentDisputes() {
    JsonNode body = (JsonNode) upload("billing", "unitedhealthcare-2026-11-21.835").get("body");
    List<String> buckets = new java.util.ArrayList<>();
    body.get("disputes").forEach(ref -> buckets.add(disputes.byReference(ref.asText()).orElseThrow().getBucket()));
    assertThat(buckets).containsExactlyInAnyOrder("prior-authorization", "duplicate", "underpayment");
  }

  @Test
  void aMalformedFileIsRefusedWithTheSegmentAndNothingIsImported() {
    long files = remittances.count();
    long cases = disputeRecords.count();
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

    for (String name : List.of("malformed-amount.835", "malformed-truncated.835", "malformed-segment-count.835",
        "not-a-remittance.835")) {
      Map<String, Object> refused = upload("billing", name);
      assertThat(refused.get("status")).as(name).isEqualTo(400);
      JsonNode body = (JsonNode) refused.get("body");
      assertThat(body.get("message").asText()).as(name).contains("Segment").contains("Nothing was imported");
      assertThat(body.get("segment").asText()).as(name).isNotBlank();
    }
    assertThat(remittances.count()).isEqualTo(files);
    assertThat(disputeRecords.count()).isEqualTo(cases);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void onlyBillingAndManagersUploadOrSeeFigures() {
    assertThat(upload("frontdesk", "unitedhealthcare-2026-11-21.835").get("status")).isEqualTo(403);
    assertThat(upload(null, "unitedhealthcare-2026-11-21.835").get("status")).isEqualTo(401);
    assertThat(rest.get("billing", "/api/disputes/figures").statusCode()).isEqualTo(200);
    assertThat(rest.get("manager", "/api/disputes/figures").statusCode()).isEqualTo(200);
    assertThat(rest.get("clinician", "/api/disputes/figures").statusCode()).isEqualTo(403);
  }
}
