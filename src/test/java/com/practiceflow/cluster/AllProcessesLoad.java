package com.practiceflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.RestClient;

/**
 * The processes besides complaints in the cluster load, each taken along its main path through the nodes' REST
 * APIs by the people who do it: hiring to a start date (which starts onboarding and licence monitoring), an
 * onboarding nurse's accounts and bloodborne training (which starts annual retraining), a dismissal, the monthly
 * exclusion re-screen, policies from draft to attestation (which schedules their review), possible breaches from
 * complaints, and resubmitted claim disputes. Requests alternate between the nodes still up.
 */
final class AllProcessesLoad {

  static final int HIRES = 4;
  static final int POLICIES = 3;
  static final int DISPUTES = 5;
  static final int BREACHES = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TODAY = LocalDate.now().toString();

  final List<String> hiring = new ArrayList<>();
  final List<String> policies = new ArrayList<>();
  final List<String> disputes = new ArrayList<>();
  final List<String> staffReferences = new ArrayList<>();
  final List<String> breachCases = new ArrayList<>();
  String offboarding;
  String rescreen;
  int rescreened;
  private List<RestClient> nodes = List.of();
  private int turn;

  /** The nodes to send requests to from now on. */
  void through(RestClient... live) {
    nodes = List.of(live);
  }

  /** Before the crash: requisitions, drafts and disputes opened, first steps done. */
  void open() throws Exception {
    for (int i = 0; i < HIRES; i++) {
      String id = start("manager", "staffHiring", vars("jobTitle", "Ward nurse " + i, "role", "registered-nurse",
          "justification", "Second site"));
      hiring.add(id);
      // a requisition is approved by another manager than the one who raised it
      complete("admin", id, "Task_ApproveRequisition", vars("requisitionApproved", true));
      complete("hr", id, "Task_PostJob", vars("postedOn", TODAY));
    }
    for (int i = 0; i < POLICIES; i++) {
      String id = start("compliance", "policyApproval", vars("title", "Cluster policy " + i, "category", "general",
          "ownerGroup", "compliance", "scopeGroups", "front-desk", "documentLink",
          "https://intranet.practice.example/policies/cluster-" + i, "policyText", "Lock screens.", "effectiveOn",
          TODAY, "reviewIntervalMonths", 12, "materialChange", false));
      policies.add(id);
      // reviewed by someone other than its author (separation of duties)
      complete("manager", id, "Task_PeerReview", vars("peerDecision", "approve"));
    }
    for (int i = 0; i < DISPUTES; i++) {
      disputes.add(start("billing", "claimDispute", vars("claimRef", "CLM-R" + i, "payerId", "87726",
          "procedureCode", "93000", "serviceDate", LocalDate.now().minusDays(30).toString(), "billed", 200,
          "paid", 0, "groupCode", "CO", "carc", "27", "rarc", "", "noticeDate", TODAY)));
    }
  }

  /** While one node is down: hires made, policies approved, disputes resubmitted. */
  void advance() throws Exception {
    for (String id : hiring) {
      complete("admin", id, "Task_ScreenCandidates", vars("candidateFirstName", "Nia", "candidateLastName",
          "Okafor-" + id.substring(0, 6), "candidateFormerNames", "", "candidateEmail", "nia@mail.example"));
      complete("admin", id, "Task_InterviewCandidate", vars("recommendHire", true));
      complete("admin", id, "Task_MakeOffer", vars("offerAccepted", true, "proposedStartDate", inDays(14)));
      complete("admin", id, "Task_BackgroundCheck", vars("backgroundResult", "clear", "backgroundEvidence", "BG-1"));
      complete("admin", id, "Task_ScreenExclusions", clearExclusions());
      complete("admin", id, "Task_VerifyLicence", vars("licenceType", "RN", "licenceNumber", "RN-" + id.substring(0, 6),
          "licenceState", "NY", "licenceExpiresOn", inDays(400), "licenceVerifiedOn", TODAY,
          "licenceVerificationMethod", "board-website", "licenceVerified", "verified"));
      complete("hr", id, "Task_ConfirmStartDate", vars("startDate", inDays(14)));
    }
    for (String id : policies) {
      complete("manager", id, "Task_ComplianceReview", vars("complianceDecision", "approve",
          "legalReviewNeeded", false));
      complete("manager", id, "Task_ApprovePolicy", vars("approvalDecision", "approve"));
    }
    for (String id : disputes) {
      complete("frontdesk", id, "Task_CorrectAndResubmit", vars("correction", "Member id corrected",
          "resubmittedOn", TODAY));
    }
  }

  /**
   * After the restart: new nurses' accounts and training, one dismissal, the re-screen, attestations, breach
   * assessments and dispute closures.
   */
  void finish(List<String> acknowledgedComplaints) throws Exception {
    JsonNode onboardings = JSON.readTree(next().get("admin",
        "/engine-rest/process-instance?processDefinitionKey=staffOnboarding").body());
    onboardings.forEach(instance -> staffReferences.add(instance.get("businessKey").asText()));
    assertThat(staffReferences).as("an onboarding per hire").hasSize(HIRES);
    staffReferences.sort(null);
    for (int i = 0; i < 2; i++) {
      String instance = instanceOf("staffOnboarding", staffReferences.get(i));
      String login = "cluster.nurse" + i;
      complete("it", instance, "Task_ProvisionAccounts", vars("accountsTicket", "IT-" + i, "staffUserId", login));
      HttpResponse<String> password = next().putJson("admin", "/engine-rest/user/" + login + "/credentials",
          "{\"password\":\"Nurse-" + i + "-password\",\"authenticatedUserPassword\":\"admin\"}");
      assertThat(password.statusCode()).as(password.body()).isIn(200, 204);
      completeAs(login, "Nurse-" + i + "-password", instance, "Task_CompleteHipaaTraining", vars("hipaaTrainingOn",
          TODAY, "hipaaTrainer", "Casey", "hipaaContentVersion", "2026.1"));
      completeAs(login, "Nurse-" + i + "-password", instance, "Task_CompleteBloodborneTraining", vars("bbpTrainingOn",
          TODAY, "bbpTrainer", "Pat", "bbpTrainerQualifications", "RN, OSHA trainer", "bbpContentVersion", "BBP-7"));
    }
    offboarding = start("hr", "staffOffboarding", vars("staffReference", staffReferences.get(3), "lastDay", TODAY,
        "leavingReason", "dismissal"));
    complete("it", offboarding, "Task_RemoveSystemAccess", vars("accessTicket", "IT-99", "ehrAccessRemoved", true));
    complete("manager", offboarding, "Task_CollectEquipment", vars("badgeReturned", true, "keysReturned", true));

    rescreen = start("admin", "exclusionRescreen", "{}");
    JsonNode checks = JSON.readTree(next().get("hr", "/engine-rest/task?processInstanceId=" + rescreen).body());
    for (JsonNode task : checks) {
      completeTask("hr", null, task.get("id").asText(), clearExclusions());
      rescreened++;
    }
    JsonNode attestations = JSON.readTree(next().get("frontdesk",
        "/engine-rest/task?taskDefinitionKey=Task_AcknowledgePolicy&assignee=frontdesk").body());
    assertThat(attestations.size()).as("an attestation per policy for the front desk").isGreaterThanOrEqualTo(POLICIES);
    for (JsonNode task : attestations) {
      completeTask("frontdesk", null, task.get("id").asText(), vars("acknowledged", true));
    }
    for (String reference : acknowledgedComplaints.subList(0, BREACHES)) {
      String instance = instanceOf("complaintResolution", reference);
      complete("admin", instance, "Task_InvestigateComplaint", vars("findings", "Chart seen by a visitor",
          "possibleBreach", true));
      String breach = instanceOf("breachAssessment", reference + "-BR");
      complete("compliance", breach, "Task_AssessBreachRisk", vars("notificationRequired", true));
      breachCases.add(reference);
    }
    for (String id : disputes) {
      complete("billing", id, "Task_CloseDispute", vars("finalAmount", 200, "rootCause", "registration"));
    }
  }

  /** Every process's cases in the state its path leaves them in (key:state from history, with counts). */
  Map<String, Long> expectedStates(int complaints, int otherDisputes, int otherRequisitions) {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("complaintResolution:ACTIVE", (long) complaints);
    expected.put("breachAssessment:ACTIVE", (long) BREACHES);
    expected.put("staffHiring:COMPLETED", (long) HIRES);
    expected.put("staffHiring:ACTIVE", (long) otherRequisitions);
    // the dismissed nurse's onboarding and licence monitoring are stopped when the offboarding ends
    expected.put("staffOnboarding:ACTIVE", (long) HIRES - 1);
    expected.put("staffOnboarding:EXTERNALLY_TERMINATED", 1L);
    expected.put("licenceRenewal:ACTIVE", (long) HIRES - 1);
    expected.put("licenceRenewal:EXTERNALLY_TERMINATED", 1L);
    expected.put("bloodborneRetraining:ACTIVE", 2L);
    expected.put("staffOffboarding:COMPLETED", 1L);
    expected.put("exclusionRescreen:COMPLETED", 1L);
    expected.put("policyApproval:COMPLETED", (long) POLICIES);
    expected.put("policyAttestation:COMPLETED", (long) POLICIES);
    expected.put("policyReview:ACTIVE", (long) POLICIES);
    expected.put("claimDispute:COMPLETED", (long) DISPUTES);
    expected.put("claimDispute:ACTIVE", (long) otherDisputes);
    return expected;
  }

  private String instanceOf(String key, String businessKey) throws Exception {
    JsonNode found = JSON.readTree(next().get("admin", "/engine-rest/process-instance?processDefinitionKey=" + key
        + "&businessKey=" + businessKey).body());
    assertThat(found.size()).as("%s %s", key, businessKey).isEqualTo(1);
    return found.get(0).get("id").asText();
  }

  private String start(String user, String key, String variables) throws Exception {
    HttpResponse<String> started = next().postJson(user, "/engine-rest/process-definition/key/" + key + "/start",
        "{\"variables\":" + variables + "}");
    assertThat(started.statusCode()).as("%s starts %s: %s", user, key, started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private void complete(String user, String instance, String taskKey, String variables) throws Exception {
    completeAs(user, user, instance, taskKey, variables);
  }

  private void completeAs(String user, String password, String instance, String taskKey, String variables)
      throws Exception {
    JsonNode tasks = JSON.readTree(next().get(user, password, "/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=" + taskKey).body());
    assertThat(tasks.size()).as("%s sees %s of %s", user, taskKey, instance).isEqualTo(1);
    completeTask(user, password, tasks.get(0).get("id").asText(), variables);
  }

  private void completeTask(String user, String password, String taskId, String variables) {
    HttpResponse<String> done = next().postJson(user, password == null ? user : password,
        "/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}");
    assertThat(done.statusCode()).as("%s completes task %s: %s", user, taskId, done.body()).isIn(200, 204);
  }

  private RestClient next() {
    return nodes.get(turn++ % nodes.size());
  }

  private static String clearExclusions() throws Exception {
    return vars("searchedOn", TODAY, "leieResult", "no-match", "samResult", "no-match", "medicaidResult", "no-match",
        "exclusionEvidence", "EVID-1");
  }

  private static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  /** Camunda REST variables: {"name":{"value":...}} with the JSON type of each value. */
  static String vars(Object... pairs) throws Exception {
    Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      variables.put((String) pairs[i], Map.of("value", pairs[i + 1]));
    }
    return JSON.writeValueAsString(variables);
  }
}
