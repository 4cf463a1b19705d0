package com.practiceflow.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import com.practiceflow.complaints.Complaint;
import com.practiceflow.complaints.ComplaintIntake;
import com.practiceflow.complaints.ComplaintService;
import com.practiceflow.staff.Credential;
import com.practiceflow.staff.NewStaffMember;
import com.practiceflow.staff.RoleProfile;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/**
 * The main path of every shipped process, started the way the app starts it (start form variables, the message or
 * the record a calling process would have made) and completed with what the Tasklist forms submit.
 */
final class MainPaths {

  private static final RoleProfile NURSE = new RoleProfile("registered-nurse", "clinicians", true, true, true);
  private static final RoleProfile BILLER = new RoleProfile("biller", "billing", false, false, false);

  private MainPaths() {
  }

  /** In run order: the monthly re-screen first, while the staff list is the three people made for it. */
  static List<MainPath> all() {
    return List.of(exclusionRescreen(), complaints(), breachAssessment(), staffHiring(), staffOnboarding(),
        staffOffboarding(), licenceRenewal(), bloodborneRetraining(), policyApproval(), policyAttestation(),
        policyReview(), claimDispute());
  }

  static MainPath complaints() {
    return MainPath.of("complaintResolution", "intake, triage, acknowledge, investigate, respond, close",
        (app, n) -> runtime(app).startProcessInstanceByKey("complaintResolution", vars("channel", "phone",
            "category", "billing", "description", "Charged twice for one visit", "receivedOn", today(),
            "patientName", "Pat Example", "patientReference", "MRN-" + n, "contactEmail", "pat@mail.example",
            "jurisdiction", "US")).getId())
        .task("Task_AcknowledgeComplaint", vars("acknowledgedOn", today(), "acknowledgementMethod", "letter"))
        .task("Task_InvestigateComplaint", vars("findings", "Duplicate charge", "possibleBreach", false))
        .task("Task_DraftResponse", vars("responseContact", "Billie Coder", "responseSteps", "Ledger review",
            "responseResults", "Refund issued", "responseCompletionDate", today()))
        .task("Task_ApproveResponse", vars("responseApproved", true))
        .task("Task_SendInterimLetter", vars("interimLetterSentOn", today()))
        .task("Task_CloseComplaint", vars("respondedOn", today(), "outcome", "upheld", "rootCause",
            "administrative-error"));
  }

  static MainPath breachAssessment() {
    return MainPath.of("breachAssessment", "risk assessment, individuals notified", (app, complaint) -> {
      Complaint c = (Complaint) complaint;
      return runtime(app).startProcessInstanceByKey("breachAssessment", c.getReference() + "-BR",
          vars("complaintId", c.getId(), "caseReference", c.getReference(), "jurisdiction", "US",
              "discoveredOn", today())).getId();
    }).prepare((app, count) -> IntStream.range(0, count).mapToObj(n -> app.context.getBean(ComplaintService.class)
        .receive(new ComplaintIntake("phone", "privacy", "Chart shown to a visitor", LocalDate.now(), null, null, null,
            "US", false))).toList())
        .task("Task_AssessBreachRisk", vars("notificationRequired", true))
        .task("Task_NotifyIndividuals", vars("individualsNotifiedOn", today()));
  }

  static MainPath staffHiring() {
    return MainPath.of("staffHiring", "requisition to start date for a licensed nurse (starts onboarding)",
        (app, n) -> asUser(app, "manager", "practice-managers", () -> runtime(app).startProcessInstanceByKey(
            "staffHiring", vars("jobTitle", "Practice nurse", "role", "registered-nurse", "justification",
                "Growing list")).getId()))
        .task("Task_ApproveRequisition", vars("requisitionApproved", true))
        .task("Task_PostJob", vars("postedOn", today()))
        .task("Task_ScreenCandidates", task -> vars("candidateFirstName", "Dana", "candidateLastName",
            "Okafor" + task.getProcessInstanceId().substring(0, 8), "candidateFormerNames", "",
            "candidateEmail", "dana@mail.example"))
        .task("Task_InterviewCandidate", vars("recommendHire", true))
        .task("Task_MakeOffer", vars("offerAccepted", true, "proposedStartDate", inDays(14)))
        .task("Task_BackgroundCheck", vars("backgroundResult", "clear", "backgroundEvidence", "BG-77"))
        .task("Task_ScreenExclusions", clearExclusions())
        .task("Task_VerifyLicence", vars("licenceType", "RN", "licenceNumber", "RN-123", "licenceState", "NY",
            "licenceExpiresOn", inDays(400), "licenceVerifiedOn", today(), "licenceVerificationMethod",
            "board-website", "licenceVerified", "verified"))
        .task("Task_ReviewPreHireChecks", vars("complianceDecision", "proceed", "complianceRationale", "Checked"))
        .task("Task_ConfirmStartDate", vars("startDate", inDays(14)));
  }

  static MainPath staffOnboarding() {
    return MainPath.of("staffOnboarding", "accounts, training, I-9, badge, 30/60/90-day check-ins (clinician)",
        (app, member) -> {
          StaffMember m = (StaffMember) member;
          ProcessInstance instance = runtime(app).createMessageCorrelation("Msg_StaffHired")
              .processInstanceBusinessKey(m.getReference())
              .setVariables(vars("staffId", m.getId(), "caseReference", m.getReference(), "startDate", inDays(7),
                  "roleGroup", "clinicians", "licensed", false, "exposure", true, "staffName", "New Starter",
                  "staffEmail", "starter@mail.example"))
              .correlateStartMessage();
          return instance.getId();
        }).prepare((app, count) -> activeStaff(app, count, NURSE))
        .task("Task_ProvisionAccounts", task -> vars("accountsTicket", "IT-43", "staffUserId",
            "u-" + task.getProcessInstanceId().toLowerCase()))
        .task("Task_CompleteHipaaTraining", vars("hipaaTrainingOn", today(), "hipaaTrainer", "Casey",
            "hipaaContentVersion", "2026.1"))
        .task("Task_CompleteBloodborneTraining", vars("bbpTrainingOn", today(), "bbpTrainer", "Pat",
            "bbpTrainerQualifications", "RN, OSHA trainer", "bbpContentVersion", "BBP-7"))
        .task("Task_OfferHepatitisB", vars("vaccineOfferedOn", today(), "vaccineDecision", "declined"))
        .task("Task_AcknowledgePolicies", vars("handbookAcknowledged", true))
        .task("Task_CompleteI9Section1", vars("i9Section1On", today()))
        .task("Task_CompleteI9Section2", vars("i9Section2On", today()))
        .task("Task_IssueBadgeAndKeys", vars("badgeIssuedOn", today(), "keysIssued", true))
        .task("Task_CheckIn30", vars("checkInOutcome", "on-track"))
        .task("Task_CheckIn60", vars("checkInOutcome", "on-track"))
        .task("Task_CheckIn90", vars("checkInOutcome", "on-track"))
        .task("Task_DecideIntroductoryPeriod", vars("introductoryDecision", "confirm"))
        .waitTimer("TimerEvent_Day30").waitTimer("TimerEvent_Day60").waitTimer("TimerEvent_Day90");
  }

  static MainPath staffOffboarding() {
    return MainPath.of("staffOffboarding", "resignation: access removed, equipment back, last day passes",
        (app, member) -> runtime(app).startProcessInstanceByKey("staffOffboarding", vars("staffReference",
            ((StaffMember) member).getReference(), "lastDay", today(), "leavingReason", "resignation")).getId())
        .prepare((app, count) -> activeStaff(app, count, BILLER))
        .task("Task_RemoveSystemAccess", vars("accessTicket", "IT-99", "ehrAccessRemoved", true))
        .task("Task_CollectEquipment", vars("badgeReturned", true, "keysReturned", true))
        .waitTimer("TimerEvent_LastDayEnds");
  }

  static MainPath exclusionRescreen() {
    return MainPath.of("exclusionRescreen", "monthly re-screen of 3 active staff, all clear",
        (app, n) -> runtime(app).startProcessInstanceByKey("exclusionRescreen").getId())
        .prepare((app, count) -> {
          if (app.context.getBean(StaffService.class).activeStaffIds().isEmpty()) {
            activeStaff(app, 3, BILLER);
          }
          return IntStream.rangeClosed(1, count).boxed().toList();
        })
        // recordRescreen sets possibleMatch in each person's scope; the baseline's no-op does not, so the answer does
        .task("Task_RescreenStaffMember", with(clearExclusions(), "possibleMatch", false))
        .task("Task_ReviewExclusionHit", vars("hitDecision", "not-the-same-person"));
  }

  static MainPath licenceRenewal() {
    return MainPath.of("licenceRenewal", "renewal window opens, licence renewed, monitoring stops",
        (app, credential) -> {
          Credential c = (Credential) credential;
          StaffMember m = app.context.getBean(StaffService.class).member(c.getStaffId());
          return runtime(app).startProcessInstanceByKey("licenceRenewal", m.getReference(), vars("staffId",
              m.getId(), "caseReference", m.getReference(), "credentialId", c.getId(), "licenceExpiresOn",
              inDays(120), "monitoringStops", false)).getId();
        }).prepare((app, count) -> activeStaff(app, count, NURSE).stream().map(m -> app.context
            .getBean(StaffService.class).recordCredential(((StaffMember) m).getId(), "RN", "RN-1", "NY",
                LocalDate.now().plusDays(120), LocalDate.now(), "board-website", true)).toList())
        .task("Task_RenewLicence", vars("newLicenceExpiresOn", inDays(850), "licenceVerifiedOn", today(),
            "licenceVerificationMethod", "board-website", "monitoringStops", true))
        .waitTimer("TimerEvent_NinetyDaysBeforeExpiry");
  }

  static MainPath bloodborneRetraining() {
    return MainPath.of("bloodborneRetraining", "annual retraining opens and is done (role no longer exposed)",
        (app, member) -> {
          StaffMember m = (StaffMember) member;
          return runtime(app).startProcessInstanceByKey("bloodborneRetraining", m.getReference(), vars("staffId",
              m.getId(), "caseReference", m.getReference(), "staffUserId", "clinician", "lastBloodborneTrainingOn",
              today(), "exposure", true)).getId();
        }).prepare((app, count) -> activeStaff(app, count, BILLER))
        .task("Task_CompleteAnnualBloodborneTraining", vars("bbpTrainingOn", today(), "bbpTrainer", "Pat",
            "bbpTrainerQualifications", "RN", "bbpContentVersion", "BBP-8"))
        .waitTimer("TimerEvent_RetrainingOpens");
  }

  static MainPath policyApproval() {
    return MainPath.of("policyApproval", "draft, peer, compliance, approval, publication, front desk attests",
        (app, n) -> asUser(app, "compliance", "compliance", () -> runtime(app).startProcessInstanceByKey(
            "policyApproval", vars("title", "Clean desk", "category", "general", "ownerGroup", "compliance",
                "scopeGroups", List.of("front-desk"), "documentLink", "https://intranet.practice.example/p",
                "policyText", "Lock screens.", "effectiveOn", today(), "reviewIntervalMonths", 12,
                "materialChange", false)).getId()))
        .task("Task_PeerReview", vars("peerDecision", "approve"))
        .task("Task_ComplianceReview", vars("complianceDecision", "approve", "legalReviewNeeded", false))
        .task("Task_ApprovePolicy", vars("approvalDecision", "approve"))
        .task("Task_AcknowledgePolicy", vars("acknowledged", true))
        .calls("policyAttestation");
  }

  /** One person's acknowledgement of a published version (as when someone joins a group in its scope). */
  static MainPath policyAttestation() {
    return MainPath.of("policyAttestation", "one person acknowledges a published policy",
        (app, variables) -> {
          Map<String, Object> v = cast(variables);
          return runtime(app).startProcessInstanceByKey("policyAttestation", (String) v.remove("businessKey"),
              v).getId();
        }).prepare((app, count) -> {
          Map<String, Object> published = publishedAttestation(app);
          return IntStream.range(0, count).mapToObj(n -> published).toList();
        })
        .task("Task_AcknowledgePolicy", vars("acknowledged", true));
  }

  /** Each case reviews its own published policy and retires it. */
  static MainPath policyReview() {
    return MainPath.of("policyReview", "review window opens, owner notified, policy retired",
        (app, waiting) -> {
          Map<String, Object> v = cast(waiting);
          return runtime(app).startProcessInstanceByKey("policyReview", (String) v.remove("businessKey"), v).getId();
        }).prepare(MainPaths::publishedPoliciesAwaitingReview)
        .task("Task_ReviewPolicy", vars("reviewDecision", "retire"))
        .waitTimer("TimerEvent_ReviewOpens");
  }

  static MainPath claimDispute() {
    return MainPath.of("claimDispute", "medical-necessity denial: letter, appeal, overturned, closed",
        (app, n) -> runtime(app).startProcessInstanceByKey("claimDispute", vars("claimRef", "CLM-" + n, "payerId",
            "01112", "procedureCode", "93000", "serviceDate", inDays(-30), "billed", 100.0, "paid", 0,
            "groupCode", "CO", "carc", "50", "rarc", "N115", "noticeDate", today())).getId())
        .task("Task_WriteSupportingLetter", vars("letterSummary", "Indicated", "letterDocument", "doc-1"))
        .task("Task_FileAppeal", vars("appealFiledOn", today(), "payerReference", "RD-1"))
        .task("Task_RecordPayerDecision", vars("decisionReceivedOn", today(), "appealOutcome", "overturned",
            "amountRecovered", 100))
        .task("Task_CloseDispute", vars("finalAmount", 100, "rootCause", "documentation"));
  }

  private static List<?> activeStaff(BenchApp app, int count, RoleProfile profile) {
    StaffService staff = app.context.getBean(StaffService.class);
    List<StaffMember> members = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StaffMember member = staff.registerCandidate(null, new NewStaffMember("Bench", "Person", null,
          "bench@mail.example", null), profile, LocalDate.now());
      staff.hired(member.getId(), LocalDate.now());
      members.add(staff.member(member.getId()));
    }
    return members;
  }

  /** Publishes one policy through its approval path and returns an attestation's start variables. */
  private static Map<String, Object> publishedAttestation(BenchApp app) {
    try {
      ThroughputRun approvals = new ThroughputRun(app, 1);
      approvals.run(policyApproval(), false, 1, null);
    } catch (Exception e) {
      throw new IllegalStateException("Could not publish a policy to attest", e);
    }
    ProcessEngine engine = app.engine;
    var attestation = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("policyAttestation").orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0);
    Map<String, Object> variables = new HashMap<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(attestation.getId()).list()
        .stream().filter(v -> v.getValue() != null && !"acknowledged".equals(v.getName()))
        .forEach(v -> variables.put(v.getName(), v.getValue()));
    variables.put("businessKey", attestation.getBusinessKey());
    return variables;
  }

  /** Publishes {@code count} policies and takes over the reviews they scheduled, so each case has its own. */
  private static List<?> publishedPoliciesAwaitingReview(BenchApp app, int count) {
    try {
      new ThroughputRun(app, 4).run(policyApproval(), false, count, null);
    } catch (Exception e) {
      throw new IllegalStateException("Could not publish policies to review", e);
    }
    RuntimeService runtime = runtime(app);
    List<Map<String, Object>> waiting = new ArrayList<>();
    for (ProcessInstance review : runtime.createProcessInstanceQuery().processDefinitionKey("policyReview").list()) {
      Map<String, Object> variables = new HashMap<>(runtime.getVariables(review.getId()));
      variables.put("businessKey", review.getBusinessKey());
      runtime.deleteProcessInstance(review.getId(), "benchmark starts its own review", true, true);
      waiting.add(variables);
    }
    return waiting.subList(Math.max(0, waiting.size() - count), waiting.size());
  }

  private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
    variables.put(name, value);
    return variables;
  }

  private static Map<String, Object> clearExclusions() {
    return vars("searchedOn", today(), "leieResult", "no-match", "samResult", "no-match", "medicaidResult",
        "no-match", "exclusionEvidence", "EVID-1");
  }

  private static <T> T asUser(BenchApp app, String user, String group, java.util.function.Supplier<T> action) {
    app.engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return action.get();
    } finally {
      app.engine.getIdentityService().clearAuthentication();
    }
  }

  private static RuntimeService runtime(BenchApp app) {
    return app.engine.getRuntimeService();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object variables) {
    return new HashMap<>((Map<String, Object>) variables);
  }

  private static String today() {
    return LocalDate.now().toString();
  }

  private static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
