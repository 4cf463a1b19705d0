package com.practiceflow.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.practiceflow.BrowserRun;
import com.practiceflow.PracticeFlowTest;

/** Billing files an appeal in the real Tasklist (src/test/node/tasklist-appeal.mjs). */
@PracticeFlowTest
class AppealBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DisputeService disputes;

  @Test
  void billingFilesAnAppealFromTasklist() throws Exception {
    String id = engine.getRuntimeService().startProcessInstanceByKey(ClaimDisputeProcess.KEY, Map.of("claimRef",
        "CLM-B", "payerId", "87726", "procedureCode", "72148", "serviceDate", "2026-10-15", "billed", 400, "paid", 0,
        "groupCode", "CO", "carc", "197", "rarc", "N54", "noticeDate", "2026-11-20")).getId();
    String reference = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult()
        .getBusinessKey();

    Dispute dispute = disputes.byReference(reference).orElseThrow();
    // the form shows the claim as the record holds it: payer, claim number, service date, procedure and amounts
    // (in dollars; Camunda Forms drops trailing zeros)
    BrowserRun.run("tasklist-appeal.mjs", "http://localhost:" + port, reference, dispute.getPayerName() + "|CLM-B|"
        + "10/15/2026|72148|400|0|" + dispute.getAmountAtStake().stripTrailingZeros().toPlainString());

    assertThat(disputes.appeals(dispute.getId())).singleElement().satisfies(appeal -> {
      assertThat(appeal.getFiledOn()).isEqualTo("2026-12-01");
      assertThat(appeal.getLevel()).isEqualTo(1);
    });
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(ClaimDisputeProcess.TASK_RECORD_PAYER_DECISION).count()).isEqualTo(1);
  }
}
