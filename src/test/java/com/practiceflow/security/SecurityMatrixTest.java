package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;

/**
 * For each demo user, which processes they see and start, which tasks and case variables they read, and whether they
 * may deploy, through the same REST API that Tasklist's users and the Modeler use.
 */
@PracticeFlowTest
class SecurityMatrixTest {

  static final Set<String> ALL = Set.of("breachAssessment", "complaintResolution", "staffHiring", "staffOnboarding",
      "staffOffboarding", "exclusionRescreen", "licenceRenewal", "bloodborneRetraining", "policyApproval",
      "policyAttestation", "policyReview", "claimDispute");
  static final Set<String> POLICY_READERS = Set.of("policyApproval", "policyAttestation", "policyReview");
  static final Set<String> POLICY_TAKERS = Set.of("policyApproval", "policyAttestation");
  static final Set<String> BOTH = ALL;

  /** user, sees definitions, may start complaints, reads the billing complaint, may deploy. */
  static Stream<Arguments> matrix() {
    return Stream.of(
        Arguments.of("manager", BOTH, true, true, true),
        Arguments.of("admin", BOTH, true, true, true),
        Arguments.of("frontdesk", plus(POLICY_TAKERS, "complaintResolution", "claimDispute"), true, false, false),
        Arguments.of("billing", plus(POLICY_TAKERS, "complaintResolution", "claimDispute"), false, true, false),
        Arguments.of("compliance", plus(POLICY_READERS, "breachAssessment", "complaintResolution", "staffHiring",
            "staffOnboarding", "exclusionRescreen"), false, false, false),
        Arguments.of("clinician", plus(POLICY_READERS, "complaintResolution", "staffHiring", "claimDispute"), false,
            false, false),
        Arguments.of("hr", plus(POLICY_READERS, "staffHiring", "staffOnboarding", "staffOffboarding",
            "exclusionRescreen", "licenceRenewal", "bloodborneRetraining"), false, false, false),
        Arguments.of("it", plus(POLICY_TAKERS, "staffOnboarding", "staffOffboarding"), false, false, false));
  }

  static Set<String> plus(Set<String> base, String... more) {
    Set<String> all = new java.util.HashSet<>(base);
    all.addAll(Set.of(more));
    return all;
  }

  @LocalServerPort
  int port;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;
  String billingCaseInstance;
  String billingCaseReference;

  @BeforeEach
  void billingComplaint() throws Exception {
    rest = new RestClient(port);
    var created = json.readTree(rest.postJson("frontdesk", "/api/complaints", """
        {"channel":"phone","category":"billing","description":"Charged twice","receivedOn":"%s"}"""
        .formatted(LocalDate.now())).body());
    billingCaseInstance = created.get("processInstanceId").asText();
    billingCaseReference = created.get("reference").asText();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void eachUserSeesAndDoesOnlyWhatTheirRoleAllows(String user, Set<String> definitions, boolean starts,
      boolean readsBillingCase, boolean deploys) throws Exception {
    assertThat(visibleDefinitions(user)).as("%s sees process definitions", user).isEqualTo(new TreeSet<>(definitions));

    int start = rest.postJson(user, "/engine-rest/process-definition/key/complaintResolution/start", """
        {"variables":{"channel":{"value":"phone"},"category":{"value":"other"},"description":{"value":"Noise"},
         "receivedOn":{"value":"%s"}}}""".formatted(LocalDate.now())).statusCode();
    // a user who cannot even see the process is told it does not exist
    int refused = definitions.contains("complaintResolution") ? 403 : 404;
    assertThat(start).as("%s starts a complaint over REST", user).isEqualTo(starts ? 200 : refused);
    int intake = rest.postJson(user, "/api/complaints", """
        {"channel":"phone","category":"other","description":"Noise","receivedOn":"%s"}"""
        .formatted(LocalDate.now())).statusCode();
    assertThat(intake).as("%s uses the intake API", user).isEqualTo(starts ? 201 : 403);

    JsonNode tasks = json.readTree(rest.get(user, "/engine-rest/task?processInstanceId=" + billingCaseInstance).body());
    assertThat(tasks.size()).as("%s sees the billing complaint's task", user).isEqualTo(readsBillingCase ? 1 : 0);
    int variables = rest.get(user, "/engine-rest/process-instance/" + billingCaseInstance + "/variables").statusCode();
    assertThat(variables).as("%s reads the billing complaint's variables", user).isEqualTo(readsBillingCase ? 200 : 403);
    int record = rest.get(user, "/api/complaints/" + billingCaseReference).statusCode();
    assertThat(record).as("%s reads the billing complaint record", user).isEqualTo(readsBillingCase ? 200 : 403);

    assertThat(deployAsModeler(user)).as("%s deploys from the Modeler", user).isEqualTo(deploys ? 200 : 403);
    assertThat(rest.get(user, "/api/mail-catcher/messages").statusCode()).as("%s reads the mail catcher", user)
        .isEqualTo(deploys ? 200 : 403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/engine", "/engine-rest/version", "/engine-rest/task",
      "/engine-rest/process-definition", "/engine-rest/deployment?maxResults=0", "/api/complaints/CMP-2026-0001",
      "/api/mail-catcher", "/camunda/api/engine/engine/default/task"})
  void anonymousCallersAreRefused(String path) {
    assertThat(rest.get(null, path).statusCode()).as(path).isEqualTo(401);
  }

  @Test
  void onlyTheOwningGroupClaimsTheTask() throws Exception {
    String taskId = json.readTree(rest.get("billing", "/engine-rest/task?processInstanceId=" + billingCaseInstance)
        .body()).get(0).get("id").asText();
    String claim = "/engine-rest/task/" + taskId + "/claim";
    for (String outsider : new String[] {"clinician", "frontdesk", "hr", "compliance"}) {
      assertThat(rest.postJson(outsider, claim, "{\"userId\":\"" + outsider + "\"}").statusCode())
          .as("%s claims billing's task", outsider).isIn(403, 404);
    }
    assertThat(rest.postJson("billing", claim, "{\"userId\":\"billing\"}").statusCode()).isEqualTo(204);
    assertThat(rest.postJson("clinician", "/engine-rest/task/" + taskId + "/complete", "{}").statusCode())
        .isIn(403, 404);
  }

  @Test
  void aStartCannotTakeOverAnotherCasesRecord() throws Exception {
    long existing = json.readTree(rest.get("billing", "/api/complaints/" + billingCaseReference).body()).get("id")
        .asLong();
    int status = rest.postJson("frontdesk", "/engine-rest/process-definition/key/complaintResolution/start", """
        {"variables":{"complaintId":{"value":%d,"type":"Long"},"channel":{"value":"phone"},"category":{"value":"other"},
         "description":{"value":"x"},"receivedOn":{"value":"%s"}}}""".formatted(existing, LocalDate.now()))
        .statusCode();

    assertThat(status).isNotEqualTo(200);
    JsonNode record = json.readTree(rest.get("billing", "/api/complaints/" + billingCaseReference).body());
    assertThat(record.get("processInstanceId").asText()).isEqualTo(billingCaseInstance);
    assertThat(record.get("ownerGroup").asText()).isEqualTo("billing");
  }

  @Test
  void camundaAdminFirstRunSetupIsClosed() {
    var response = rest.postJson(null, "/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}");
    // asked to log in first now, and refused by the setup block even after that
    assertThat(response.statusCode()).isIn(401, 403);
    assertThat(rest.get("admin", "/engine-rest/user?id=intruder").body()).isEqualTo("[]");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({"hr, true, true", "compliance, true, true", "manager, true, false",
      "billing, false, false", "clinician, false, false", "it, false, false"})
  void staffFilesShowI9AndScreeningToHrAndComplianceOnly(String user, boolean readsFile, boolean readsRestricted)
      throws Exception {
    String reference = staffReference();
    var response = rest.get(user, "/api/staff/" + reference);
    assertThat(response.statusCode()).as("%s reads %s", user, reference).isEqualTo(readsFile ? 200 : 403);
    if (readsFile) {
      JsonNode file = json.readTree(response.body());
      assertThat(file.get("member").get("reference").asText()).isEqualTo(reference);
      assertThat(file.has("i9")).as("%s sees the I-9", user).isEqualTo(readsRestricted);
      assertThat(file.has("screeningSearches")).as("%s sees screening", user).isEqualTo(readsRestricted);
    }
  }

  @org.springframework.beans.factory.annotation.Autowired
  com.practiceflow.staff.StaffService staffService;

  private String staffReference() {
    var member = staffService.registerCandidate(null, new com.practiceflow.staff.NewStaffMember("Mo", "Reed", null,
        "mo@mail.example", null), new com.practiceflow.staff.RoleProfile("biller", "billing", false, false, false),
        LocalDate.now());
    staffService.hired(member.getId(), LocalDate.now());
    staffService.recordSearch(member.getId(), com.practiceflow.staff.ScreeningSearch.Occasion.PRE_HIRE,
        com.practiceflow.staff.ScreeningSearch.Source.OIG_LEIE, com.practiceflow.staff.ScreeningSearch.Result.CLEAR,
        "Mo Reed", "EV-1", "hr", LocalDate.now());
    return member.getReference();
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({"manager, 200", "compliance, 200", "admin, 200", "hr, 403",
      "billing, 403", "clinician, 403"})
  void attestationReportsAreForManagersAndCompliance(String user, int status) {
    assertThat(rest.get(user, "/api/policies/POL-1999-0001/attestations").statusCode()).as(user)
        .isEqualTo(status == 200 ? 404 : 403);
  }

  @Test
  void wrongPasswordIsRefused() {
    // not a demo user's: a wrong password makes that account's next try from this address wait (LoginThrottleTest)
    var response = rest.get("wrong.password.probe", "not-the-password", "/engine-rest/task");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
  }

  @Test
  void anonymousModelerDeploymentIsRefused() throws Exception {
    assertThat(deployAsModeler(null)).isEqualTo(401);
  }

  private Set<String> visibleDefinitions(String user) throws Exception {
    Set<String> keys = new TreeSet<>();
    for (JsonNode definition : json.readTree(rest.get(user, "/engine-rest/process-definition?latestVersion=true").body())) {
      String key = definition.get("key").asText();
      if (ALL.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The request the desktop Camunda Modeler sends on Deploy: multipart, duplicate filtering, a form attached. */
  private int deployAsModeler(String user) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="securityProbe" name="Security probe" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Probe" name="Probe" />
          </bpmn:process>
        </bpmn:definitions>""";
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", "security-probe");
    parts.put("deployment-source", "Camunda Modeler");
    parts.put("enable-duplicate-filtering", "true");
    parts.put("security-probe.bpmn", new RestClient.FilePart("security-probe.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)));
    return rest.postMultipart(user, "/engine-rest/deployment/create", parts).statusCode();
  }
}
