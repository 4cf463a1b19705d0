package com.practiceflow.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.practiceflow.BrowserRun;
import com.practiceflow.PracticeFlowTest;

/** A clinician acknowledges a newly published policy in the real Tasklist (src/test/node/tasklist-policy.mjs). */
@PracticeFlowTest
class PolicyBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  PolicyService policies;

  @Test
  void clinicianAcknowledgesAPolicyInTasklist() throws Exception {
    engine.getIdentityService().setAuthentication("compliance", List.of("compliance"));
    String id = engine.getRuntimeService().startProcessInstanceByKey(PolicyApprovalProcess.KEY, Map.of("title",
        "Hand hygiene", "category", "clinical", "ownerGroup", "clinicians", "scopeGroups", List.of("clinicians"),
        "documentLink", "https://intranet.practice.example/policies/hand-hygiene", "policyText", "Wash hands.",
        "reviewIntervalMonths", 12, "materialChange", true)).getId();
    engine.getIdentityService().clearAuthentication();
    for (String key : List.of(PolicyApprovalProcess.TASK_PEER_REVIEW, PolicyApprovalProcess.TASK_COMPLIANCE_REVIEW,
        PolicyApprovalProcess.TASK_APPROVE_POLICY)) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(key).singleResult();
      engine.getTaskService().complete(task.getId(), Map.of("peerDecision", "approve", "complianceDecision", "approve",
          "legalReviewNeeded", false, "approvalDecision", "approve"));
    }
    String reference = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult()
        .getBusinessKey();

    BrowserRun.run("tasklist-policy.mjs", "http://localhost:" + port, reference);

    assertThat(policies.report(reference).outstanding()).doesNotContain("clinician");
    Long versionId = policies.current(policies.byReference(reference).getId()).orElseThrow().getId();
    assertThat(policies.attestations(versionId)).extracting(Attestation::getUserId).contains("clinician");
  }
}
