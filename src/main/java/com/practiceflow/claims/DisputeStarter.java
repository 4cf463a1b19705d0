package com.practiceflow.claims;

import static com.practiceflow.claims.DisputeVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.practiceflow.security.inputs.Gate;

/** Starts the claim dispute process for an opened dispute: only routing facts go into the process. */
@Component
class DisputeStarter {

  private final RuntimeService runtimeService;
  private final DisputeService disputes;

  DisputeStarter(RuntimeService runtimeService, DisputeService disputes) {
    this.runtimeService = runtimeService;
    this.disputes = disputes;
  }

  String start(Dispute dispute, String payerId) {
    // routing facts of a dispute the import opened itself: the engine still checks the uploader may start disputes
    String id = Gate.asApplication(() -> runtimeService.startProcessInstanceByKey(ClaimDisputeProcess.KEY,
        dispute.getReference(), Variables.createVariables().putValue(DISPUTE_ID, dispute.getId())
            .putValue(CASE_REFERENCE, dispute.getReference()).putValue(DISPUTE_TYPE, dispute.getType().name())
            .putValue(PAYER_ID, payerId))).getId();
    disputes.startedAs(dispute.getId(), id);
    return id;
  }
}
