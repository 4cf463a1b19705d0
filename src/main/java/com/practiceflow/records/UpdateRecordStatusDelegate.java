package com.practiceflow.records;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${updateRecordStatus}}: input parameters {@code recordType} and {@code status}; the case is the process's
 * business key. Setting the same status twice changes nothing, so a retried job is harmless.
 */
@Component("updateRecordStatus")
class UpdateRecordStatusDelegate implements JavaDelegate {

  private final List<RecordStatuses> records;

  UpdateRecordStatusDelegate(List<RecordStatuses> records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String type = String.valueOf(execution.getVariable("recordType"));
    String status = String.valueOf(execution.getVariable("status"));
    RecordStatuses record = records.stream().filter(r -> r.recordType().equals(type)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Step " + execution.getCurrentActivityId()
            + " names unknown record type '" + type + "'"));
    if (!record.statuses().contains(status)) {
      throw new IllegalStateException("Step " + execution.getCurrentActivityId() + ": '" + status
          + "' is not a status of a " + type);
    }
    record.update(execution.getProcessBusinessKey(), status);
  }
}
