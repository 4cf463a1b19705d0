package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import com.practiceflow.security.CaseAccess;
import com.practiceflow.security.PracticeGroups;

/** {@code ${applyDisputeTriage}} on Task_ApplyTriage: bucket, owner and next step recorded; the payer's windows and the dates deadlines count from. */
@Component("applyDisputeTriage")
class ApplyDisputeTriageDelegate implements JavaDelegate {

  private final DisputeService disputes;
  private final DisputeCases cases;
  private final CaseAccess caseAccess;

  ApplyDisputeTriageDelegate(DisputeService disputes, CaseAccess caseAccess, DisputeCases cases) {
    this.cases = cases;
    this.disputes = disputes;
    this.caseAccess = caseAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispute dispute = disputes.byReference(execution.getProcessBusinessKey()).orElseThrow();
    Map<String, Object> triage = triage(execution);
    String ownerGroup = String.valueOf(triage.get(OWNER_GROUP));
    String nextStep = String.valueOf(triage.get(NEXT_STEP));
    if (!PracticeGroups.exists(ownerGroup) || !NEXT_STEPS.contains(nextStep)) {
      throw new IllegalStateException("denial-triage.dmn gives owner '" + ownerGroup + "' and next step '" + nextStep
          + "': the owner must be a PracticeFlow group and the step one of " + NEXT_STEPS);
    }
    disputes.triaged(dispute.getId(), String.valueOf(triage.get(BUCKET)), ownerGroup, nextStep);
    PayerRules payer = cases.payer(execution);
    execution.setVariable(BUCKET, triage.get(BUCKET));
    execution.setVariable(OWNER_GROUP, ownerGroup);
    execution.setVariable(NEXT_STEP, nextStep);
    // Medicare takes a corrected claim as a new claim: it must also beat 12-month timely filing (42 CFR 424.44);
    // commercial corrected-claim windows run separately, from the remittance
    int correctedDays = payer.correctedClaimDays();
    if ("medicare-ffs".equals(payer.product()) && dispute.getTimelyFilingDeadline() != null) {
      correctedDays = (int) Math.max(0, Math.min(correctedDays,
          java.time.temporal.ChronoUnit.DAYS.between(dispute.getReceivedOn(), dispute.getTimelyFilingDeadline())));
    }
    execution.setVariable(CORRECTED_CLAIM_DAYS, correctedDays);
    disputes.step(dispute.getId(), Dispute.Status.OPEN, switch (nextStep) {
      case "resubmit" -> dispute.getReceivedOn().plusDays(correctedDays);
      case "reopen" -> dispute.getNoticeDate().plusDays(365);
      default -> null;
    });
    execution.setVariable(DECISION_DAYS, payer.decisionDays());
    execution.setVariable(NOTICE_DATE, dispute.getNoticeDate().toString());
    execution.setVariable(RECEIVED_ON, dispute.getReceivedOn().toString());
    execution.setVariable(AMOUNT_AT_STAKE, dispute.getAmountAtStake().doubleValue());
    // the claim as the steps' forms show it, copied from the record: never written to history
    execution.setVariable(PAYER_NAME, dispute.getPayerName());
    execution.setVariable(CLAIM_REF, dispute.getClaimRef());
    execution.setVariable(SERVICE_DATE, dispute.getServiceDate() == null ? null : dispute.getServiceDate().toString());
    execution.setVariable(PROCEDURE_CODE, dispute.getProcedureCode());
    execution.setVariable(BILLED, dispute.getBilled() == null ? null : dispute.getBilled().doubleValue());
    execution.setVariable(PAID, dispute.getPaid() == null ? null : dispute.getPaid().doubleValue());
    execution.setVariable(APPEAL_LEVEL, 0);
    caseAccess.allowGroupToRead(execution.getProcessInstanceId(), ownerGroup);
  }

  static final List<String> NEXT_STEPS = List.of("resubmit", "reopen", "appeal", "nsa", "write-off");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> triage(DelegateExecution execution) {
    Object value = execution.getVariable(TRIAGE);
    if (!(value instanceof Map)) {
      throw new IllegalStateException("denial-triage.dmn gave no result for this dispute");
    }
    return (Map<String, Object>) value;
  }
}
