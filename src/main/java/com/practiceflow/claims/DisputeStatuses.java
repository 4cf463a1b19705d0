package com.practiceflow.claims;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.practiceflow.records.RecordStatuses;

/** Lets a redesigned dispute process set the dispute's status from a templated step; its deadline stays. */
@Component
class DisputeStatuses implements RecordStatuses {

  private final DisputeService disputes;

  DisputeStatuses(DisputeService disputes) {
    this.disputes = disputes;
  }

  @Override
  public String recordType() {
    return "dispute";
  }

  @Override
  public List<String> statuses() {
    return Stream.of(Dispute.Status.values()).map(Enum::name).toList();
  }

  @Override
  @Transactional
  public void update(String caseReference, String status) {
    Dispute dispute = disputes.byReference(caseReference)
        .orElseThrow(() -> new IllegalStateException("No dispute for this case"));
    disputes.step(dispute.getId(), Dispute.Status.valueOf(status), dispute.getCurrentDeadline());
  }
}
