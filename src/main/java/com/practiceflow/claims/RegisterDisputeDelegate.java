package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.practiceflow.calendar.Deadlines;

/** {@code ${registerDispute}} on Task_RegisterDispute: a dispute billing opens by hand gets its record here; then the triage inputs come from the record. */
@Component("registerDispute")
class RegisterDisputeDelegate implements JavaDelegate {

  private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("99999999.99");

  private final DisputeService disputes;
  private final ClaimRules rules;
  private final Deadlines deadlines;

  RegisterDisputeDelegate(DisputeService disputes, ClaimRules rules, Deadlines deadlines) {
    this.disputes = disputes;
    this.rules = rules;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = id(execution, DISPUTE_ID);
    Dispute dispute;
    if (id == null) {
      dispute = openByHand(execution);
      execution.setVariable(DISPUTE_ID, dispute.getId());
      execution.setVariable(CASE_REFERENCE, dispute.getReference());
      execution.setProcessBusinessKey(dispute.getReference());
      disputes.startedAs(dispute.getId(), execution.getProcessInstanceId());
      // the record holds the claim; the forms' copy is set from it after triage
      execution.removeVariables(List.of(CLAIM_REF, PROCEDURE_CODE, SERVICE_DATE, BILLED, PAID, "expected"));
    } else {
      dispute = disputes.get(id);
      if (!dispute.getReference().equals(execution.getProcessBusinessKey())) {
        throw new IllegalArgumentException("disputeId does not belong to this start");
      }
    }
    execution.setVariable(DISPUTE_TYPE, dispute.getType().name());
    execution.setVariable(PRODUCT, dispute.getProduct());
    execution.setVariable(GROUP_CODE, dispute.getGroupCode());
    execution.setVariable(CARC, dispute.getCarc());
    execution.setVariable(RARC, dispute.getRarc() == null ? "" : dispute.getRarc());
  }

  /** What the form's number fields may hold: an amount a claim can have, in dollars and cents. */
  private static void inRange(String field, BigDecimal amount) {
    if (amount.signum() < 0 || amount.compareTo(LARGEST_AMOUNT) > 0 || amount.scale() > 2) {
      throw new IllegalArgumentException("'" + field + "' must be an amount from 0.00 to 99999999.99, not "
          + amount.toPlainString());
    }
  }

  private Dispute openByHand(DelegateExecution execution) {
    PayerRules payer = rules.payer(string(execution, PAYER_ID));
    BigDecimal billed = amount(execution, BILLED);
    BigDecimal paid = amount(execution, PAID);
    BigDecimal expected = amount(execution, "expected");
    if (billed == null || paid == null || string(execution, CARC) == null || date(execution, NOTICE_DATE) == null) {
      throw new IllegalArgumentException("A dispute needs the billed and paid amounts, a reason code and the notice date");
    }
    inRange("billed", billed);
    inRange("paid", paid);
    if (expected != null) {
      inRange("expected", expected);
    }
    BigDecimal atStake = expected != null && paid.signum() > 0 ? expected.subtract(paid) : billed.subtract(paid);
    LocalDate notice = date(execution, NOTICE_DATE);
    LocalDate serviceDate = date(execution, SERVICE_DATE);
    DisputeFacts facts = new DisputeFacts(payer.payerKey(), payer.payerName(), payer.product(),
        string(execution, CLAIM_REF), null, string(execution, PROCEDURE_CODE), serviceDate, billed, null, paid, expected,
        atStake, string(execution, GROUP_CODE), string(execution, CARC), string(execution, RARC), notice,
        notice.plusDays(payer.noticeToReceiptDays()),
        serviceDate == null ? null : serviceDate.plusDays(payer.timelyFilingDays()), null);
    return disputes.open(Dispute.Type.MANUAL, facts, null, deadlines.today());
  }
}
