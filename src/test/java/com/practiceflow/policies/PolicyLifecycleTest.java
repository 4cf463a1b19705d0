package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyApprovalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.MailAssertions;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.escalation.LadderIds;
import com.practiceflow.notification.MailCatcher;

@PracticeFlowTest
class PolicyLifecycleTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  PolicyService policies;
  @Autowired
  MailCatcher mail;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T14:00:00Z")));
    mail.clear();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** The owner (compliance) submits the draft form. */
  private ProcessDriver draft(String reference, String category, List<String> scope, boolean material, String text) {
    engine.getIdentityService().setAuthentication("compliance", List.of("compliance"));
    Map<String, Object> form = vars("title", "Clean desk", "category", category, "ownerGroup", "compliance",
        "scopeGroups", scope, "documentLink", "https://intranet.practice.example/policies/clean-desk",
        "policyText", text, "effectiveOn", "2026-11-23", "reviewIntervalMonths", 12, "materialChange", material);
    if (reference != null) {
      form.put("policyReference", reference);
    }
    String id = engine.getRuntimeService().startProcessInstanceByKey(KEY, form).getId();
    engine.getIdentityService().clearAuthentication();
    return new ProcessDriver(engine, id);
  }

  /** Peer, compliance (no legal) and the approver all say yes. */
  private void approveAll(ProcessDriver approval, String approverUser, List<String> approverGroups) {
    approval.complete(TASK_PEER_REVIEW, vars("peerDecision", "approve"));
    approval.complete(TASK_COMPLIANCE_REVIEW, vars("complianceDecision", "approve", "legalReviewNeeded", false));
    engine.getIdentityService().setAuthentication(approverUser, approverGroups);
    approval.complete(TASK_APPROVE_POLICY, vars("approvalDecision", "approve"));
    engine.getIdentityService().clearAuthentication();
  }

  private String reference(ProcessDriver approval) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(approval.id())
        .singleResult().getBusinessKey();
  }

  private List<Task> attestationTasks(String reference) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(PolicyAttestationProcess.TASK_ACKNOWLEDGE_POLICY).list();
  }

  private List<String> usersIn(String... groups) {
    return java.util.Arrays.stream(groups).flatMap(g -> engine.getIdentityService().createUserQuery()
        .memberOfGroup(g).list().stream().map(User::getId)).distinct().sorted().toList();
  }

  private void attestAll(String reference) {
    for (Task task : attestationTasks(reference)) {
      engine.getTaskService().complete(task.getId(), vars("acknowledged", true));
    }
  }

  @Test
  void approvedFirstTimeIsPublishedAndEveryoneInScopeAttestsTheirOwn() {
    ProcessDriver approval = draft(null, "general", List.of("front-desk", "billing"), false, "Lock screens.");
    assertThat(engine.getTaskService().getIdentityLinksForTask(approval.task(TASK_PEER_REVIEW).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("compliance");
    approveAll(approval, "manager", List.of("practice-managers"));

    String reference = reference(approval);
    Policy policy = policies.byReference(reference);
    PolicyVersion v1 = policies.current(policy.getId()).orElseThrow();
    assertThat(v1.getNumber()).isEqualTo(1);
    assertThat(v1.getApprover()).isEqualTo("manager");
    assertThat(v1.getChecksum()).hasSize(64).isEqualTo(PolicyService.checksum(v1.getDocumentLink(), "Lock screens."));
    assertThat(policy.getNextReviewOn()).isEqualTo("2027-11-23");
    List<Task> tasks = attestationTasks(reference);
    assertThat(tasks).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(usersIn("front-desk", "billing"));
    for (Task task : tasks) {
      assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
          .allSatisfy(link -> assertThat(link.getGroupId()).isNull());
    }
    assertThat(policies.report(reference).completionRate()).isZero();

    attestAll(reference);

    assertThat(approval.isEnded()).isTrue();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(approval.id())
        .activityId(END_POLICY_PUBLISHED).count()).isEqualTo(1);
    AttestationReport report = policies.report(reference);
    assertThat(report.completionRate()).isEqualTo(1.0);
    assertThat(report.outstanding()).isEmpty();
    assertThat(policies.attestations(v1.getId())).extracting(Attestation::getUserId)
        .containsExactlyInAnyOrderElementsOf(usersIn("front-desk", "billing"));
  }

  @Test
  void changesRequestedTwiceGoBackToTheOwnerEachTime() {
    ProcessDriver approval = draft(null, "general", List.of("it"), false, "First draft.");
    approval.complete(TASK_PEER_REVIEW, vars("peerDecision", "changes", "reviewComments", "Too vague"));
    Task revise = approval.task(TASK_REVISE_DRAFT);
    assertThat(revise.getAssignee()).isEqualTo("compliance");
    approval.complete(TASK_REVISE_DRAFT, vars("policyText", "Second draft."));
    approval.complete(TASK_PEER_REVIEW, vars("peerDecision", "approve"));
    approval.complete(TASK_COMPLIANCE_REVIEW, vars("complianceDecision", "changes", "legalReviewNeeded", false));
    approval.complete(TASK_REVISE_DRAFT, vars("policyText", "Third draft."));
    approval.complete(TASK_PEER_REVIEW, vars("peerDecision", "approve"));
    approval.complete(TASK_COMPLIANCE_REVIEW, vars("complianceDecision", "approve", "legalReviewNeeded", false));

    approval.task(TASK_APPROVE_POLICY);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(approval.id())
        .activityId(TASK_REVISE_DRAFT).count()).isEqualTo(2);
    assertThat(policies.versions(policies.byReference(reference(approval)).getId())).singleElement()
        .satisfies(v -> assertThat(v.getStatus()).isEqualTo(PolicyVersion.Status.IN_REVIEW));
    PolicyVersion draft = policies.versions(policies.byReference(reference(approval)).getId()).get(0);
    assertThat(draft.getPolicyText()).isEqualTo("Third draft.");
    assertThat(draft.getChecksum()).isEqualTo(PolicyService.checksum(draft.getDocumentLink(), "Third draft."));
  }

  @Test
  void complianceCanAskForLegalReviewBeforeApproval() {
    ProcessDriver approval = draft(null, "privacy", List.of("it"), false, "Minimum necessary.");
    approval.complete(TASK_PEER_REVIEW, vars("peerDecision", "approve"));
    approval.complete(TASK_COMPLIANCE_REVIEW, vars("complianceDecision", "approve", "legalReviewNeeded", true));
    approval.complete(TASK_LEGAL_REVIEW, vars("legalDecision", "approve", "counsel", "Outside counsel"));

    assertThat(engine.getTaskService().getIdentityLinksForTask(approval.task(TASK_APPROVE_POLICY).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("practice-managers");
  }

  @Test
  void clinicalPolicyIsApprovedByThePhysiciansAndARejectionPublishesNothing() {
    ProcessDriver approval = draft(null, "clinical", List.of("clinicians"), false, "Sharps handling.");
    approval.complete(TASK_PEER_REVIEW, vars("peerDecision", "approve"));
    approval.complete(TASK_COMPLIANCE_REVIEW, vars("complianceDecision", "approve", "legalReviewNeeded", false));
    assertThat(engine.getTaskService().getIdentityLinksForTask(approval.task(TASK_APPROVE_POLICY).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("clinicians");

    approval.complete(TASK_APPROVE_POLICY, vars("approvalDecision", "reject"));

    assertThat(approval.isEnded()).isTrue();
    Policy policy = policies.byReference(reference(approval));
    assertThat(policy.getStatus()).isEqualTo(Policy.Status.DRAFT);
    assertThat(policies.versions(policy.getId())).singleElement()
        .satisfies(v -> assertThat(v.getStatus()).isEqualTo(PolicyVersion.Status.REJECTED));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(policy.getReference())
        .count()).isZero();
  }

  @Test
  void aLateAttesterIsRemindedThenEscalatedAndOnlyTheyCanAcknowledge() {
    ProcessDriver approval = draft(null, "security", List.of("front-desk"), false, "Badges visible.");
    approveAll(approval, "manager", List.of("practice-managers"));
    Task frontdesk = attestationTasks(reference(approval)).stream().filter(t -> "frontdesk".equals(t.getAssignee()))
        .findFirst().orElseThrow();
    ProcessDriver attestation = new ProcessDriver(engine, frontdesk.getProcessInstanceId());
    // published Monday 23 Nov: due 14 days later
    assertThat(frontdesk.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-07T22:00:00Z")));

    // someone who cannot see the task is told it does not exist
    engine.getIdentityService().setAuthentication("billing", List.of("billing"));
    assertThatThrownBy(() -> engine.getTaskService().complete(frontdesk.getId(), vars("acknowledged", true)))
        .isInstanceOf(NotFoundException.class);
    // a manager may see every task, but cannot acknowledge a policy for someone else
    engine.getIdentityService().setAuthentication("manager", List.of("practice-managers"));
    assertThatThrownBy(() -> engine.getTaskService().complete(frontdesk.getId(), vars("acknowledged", true)))
        .hasMessageContaining("Only frontdesk");
    engine.getIdentityService().setAuthentication("frontdesk", List.of("front-desk"));
    assertThatThrownBy(() -> engine.getTaskService().complete(frontdesk.getId(), vars("acknowledged", false)))
        .hasMessageContaining("Tick the acknowledgement");
    engine.getIdentityService().clearAuthentication();

    String key = PolicyAttestationProcess.TASK_ACKNOWLEDGE_POLICY;
    attestation.fireTimer(LadderIds.dueTimer(key));
    attestation.runAsync(LadderIds.remindStep(key));
    attestation.fireTimer(LadderIds.overdueTimer(key));
    attestation.runAsync(LadderIds.escalateStep(key));
    attestation.runAsync(LadderIds.emailStep(key));
    assertThat(MailAssertions.to(mail, "frontdesk@practice.example")).extracting(MailAssertions.Mail::subject)
        .anyMatch(s -> s.startsWith("Reminder: Read and acknowledge policy"));
    assertThat(MailAssertions.to(mail, "manager@practice.example")).extracting(MailAssertions.Mail::subject)
        .anyMatch(s -> s.startsWith("Escalated: Read and acknowledge policy"));
    assertThat(policies.report(reference(approval)).outstanding()).contains("frontdesk");

    engine.getIdentityService().setAuthentication("frontdesk", List.of("front-desk"));
    engine.getTaskService().complete(frontdesk.getId(), vars("acknowledged", true));
    engine.getIdentityService().clearAuthentication();
    assertThat(policies.report(reference(approval)).outstanding()).doesNotContain("frontdesk");
  }

  @Test
  void aMinorRevisionNeedsNoReattestationButAMaterialOneDoes() {
    ProcessDriver first = draft(null, "general", List.of("it"), false, "v1");
    approveAll(first, "manager", List.of("practice-managers"));
    String reference = reference(first);
    attestAll(reference);
    Long policyId = policies.byReference(reference).getId();

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T14:00:00Z")));
    ProcessDriver minor = draft(reference, "general", List.of("it"), false, "v2 typo fixed");
    approveAll(minor, "manager", List.of("practice-managers"));
    assertThat(minor.isEnded()).isTrue();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(minor.id())
        .activityId(END_PUBLISHED_WITHOUT_ATTESTATION).count()).isEqualTo(1);
    List<PolicyVersion> versions = policies.versions(policyId);
    assertThat(versions).extracting(PolicyVersion::getStatus).containsExactly(PolicyVersion.Status.RETIRED,
        PolicyVersion.Status.PUBLISHED);
    assertThat(versions.get(0).getRetiredOn()).isEqualTo("2027-02-01");
    assertThat(versions.get(0).getRetainUntil()).isEqualTo("2033-02-01");
    assertThat(policies.byReference(reference).getAttestationVersion()).isEqualTo(1);

    ProcessDriver material = draft(reference, "general", List.of("it"), true, "v3 new rules");
    approveAll(material, "manager", List.of("practice-managers"));
    assertThat(policies.byReference(reference).getAttestationVersion()).isEqualTo(3);
    assertThat(attestationTasks(reference)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(usersIn("it"));
  }

  @Test
  void periodicReviewRemindsTheOwnerAheadAndCanReaffirmReviseOrRetire() {
    ProcessDriver approval = draft(null, "hr", List.of("hr"), false, "Dress code.");
    approveAll(approval, "manager", List.of("practice-managers"));
    String reference = reference(approval);
    attestAll(reference);
    Policy policy = policies.byReference(reference);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PolicyReviewProcess.KEY).processInstanceBusinessKey(reference).singleResult();
    ProcessDriver reviews = new ProcessDriver(engine, review.getId());
    // next review 23 Nov 2027; the owner's task opens 30 days ahead
    assertThat(reviews.dueDateOfTimer(PolicyReviewProcess.TIMER_REVIEW_OPENS))
        .isEqualTo(Date.from(Instant.parse("2027-10-24T21:00:00Z")));

    reviews.fireTimer(PolicyReviewProcess.TIMER_REVIEW_OPENS);
    reviews.runAsync(PolicyReviewProcess.TASK_NOTIFY_OWNER);
    assertThat(MailAssertions.to(mail, "compliance@practice.example")).extracting(MailAssertions.Mail::subject)
        .anyMatch(s -> s.contains(reference));
    Task task = reviews.task(PolicyReviewProcess.TASK_REVIEW_POLICY);
    assertThat(task.getAssignee()).isEqualTo("compliance");
    assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-11-23T22:00:00Z")));
    reviews.fireTimer(LadderIds.overdueTimer(PolicyReviewProcess.TASK_REVIEW_POLICY));
    reviews.runAsync(LadderIds.escalateStep(PolicyReviewProcess.TASK_REVIEW_POLICY));
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains("practice-managers");

    // reaffirm: the next review is a year after the decision
    reviews.complete(PolicyReviewProcess.TASK_REVIEW_POLICY, vars("reviewDecision", "reaffirm"));
    assertThat(policies.policy(policy.getId()).getNextReviewOn()).isEqualTo("2027-11-23");
    assertThat(reviews.dueDateOfTimer(PolicyReviewProcess.TIMER_REVIEW_OPENS))
        .isEqualTo(Date.from(Instant.parse("2027-10-24T21:00:00Z")));

    // revise: a new approval round opens with the owner revising the current text
    reviews.fireTimer(PolicyReviewProcess.TIMER_REVIEW_OPENS);
    reviews.complete(PolicyReviewProcess.TASK_REVIEW_POLICY, vars("reviewDecision", "revise"));
    ProcessInstance revision = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(reference).singleResult();
    Task reviseTask = new ProcessDriver(engine, revision.getId()).task(TASK_REVISE_DRAFT);
    assertThat(engine.getTaskService().getVariable(reviseTask.getId(), "policyText")).isEqualTo("Dress code.");
    assertThat(policies.versions(policy.getId())).hasSize(2);
  }

  @Autowired
  com.practiceflow.staff.StaffService staff;

  @Test
  void aNewStaffMemberGetsTheAttestationsOfEveryActivePolicyOfTheirGroup() {
    ProcessDriver approval = draft(null, "security", List.of("it"), false, "Admin accounts.");
    approveAll(approval, "manager", List.of("practice-managers"));
    String reference = reference(approval);
    attestAll(reference);

    var member = staff.registerCandidate(null, new com.practiceflow.staff.NewStaffMember("Ivy", "Tech", null,
        "ivy@mail.example", null), new com.practiceflow.staff.RoleProfile("it-support", "it", false, false, false),
        java.time.LocalDate.of(2026, 11, 23));
    staff.hired(member.getId(), java.time.LocalDate.of(2026, 11, 30));
    engine.getRuntimeService().createMessageCorrelation("Msg_StaffHired").processInstanceBusinessKey(member.getReference())
        .setVariables(vars("staffId", member.getId(), "caseReference", member.getReference(), "startDate", "2026-11-30",
            "roleGroup", "it", "licensed", false, "exposure", false, "staffName", "Ivy Tech"))
        .correlateStartMessage();
    Task accounts = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(member.getReference())
        .taskDefinitionKey("Task_ProvisionAccounts").singleResult();
    engine.getTaskService().complete(accounts.getId(), vars("accountsTicket", "IT-7", "staffUserId", "ivy.tech"));

    assertThat(attestationTasks(reference)).extracting(Task::getAssignee).containsExactly("ivy.tech");
    assertThat(policies.report(reference).outstanding()).containsExactly("ivy.tech");
  }

  @Test
  void retiringAPolicyKeepsItsLastVersionSixYears() {
    ProcessDriver approval = draft(null, "billing", List.of("billing"), false, "Refunds.");
    approveAll(approval, "manager", List.of("practice-managers"));
    String reference = reference(approval);
    ProcessDriver reviews = new ProcessDriver(engine, engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PolicyReviewProcess.KEY).processInstanceBusinessKey(reference).singleResult().getId());
    reviews.fireTimer(PolicyReviewProcess.TIMER_REVIEW_OPENS);
    reviews.runAsync(PolicyReviewProcess.TASK_NOTIFY_OWNER);
    reviews.complete(PolicyReviewProcess.TASK_REVIEW_POLICY, vars("reviewDecision", "retire"));

    assertThat(reviews.isEnded()).isTrue();
    Policy retired = policies.byReference(reference);
    assertThat(retired.getStatus()).isEqualTo(Policy.Status.RETIRED);
    assertThat(policies.versions(retired.getId())).singleElement().satisfies(v -> {
      assertThat(v.getStatus()).isEqualTo(PolicyVersion.Status.RETIRED);
      assertThat(v.getRetainUntil()).isEqualTo(v.getRetiredOn().plusYears(6));
    });
    assertThat(policies.reviews(retired.getId())).extracting(PolicyReview::getDecision).containsExactly("retire");
  }
}
