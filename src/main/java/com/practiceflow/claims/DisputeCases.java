package com.practiceflow.claims;

import static com.practiceflow.records.VariableValues.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The dispute a step is about, found by the process's business key (DSP-2026-0001), never by an id in a variable:
 * a completion that sent another dispute's id would otherwise have recorded its appeal there. The payer's rules
 * are read only for the payer the record names.
 */
@Component
class DisputeCases {

  private final DisputeService disputes;
  private final ClaimRules rules;

  DisputeCases(DisputeService disputes, ClaimRules rules) {
    this.disputes = disputes;
    this.rules = rules;
  }

  Dispute of(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    return disputes.byReference(reference)
        .orElseThrow(() -> new IllegalStateException("No dispute " + reference + " for this case"));
  }

  PayerRules payer(DelegateExecution execution) {
    Dispute dispute = of(execution);
    PayerRules payer = rules.payer(string(execution, DisputeVariables.PAYER_ID));
    if (!payer.payerKey().equals(dispute.getPayerKey())) {
      throw new IllegalStateException("The payer of " + dispute.getReference() + " is " + dispute.getPayerName()
          + ", not the payer this case names");
    }
    return payer;
  }
}
