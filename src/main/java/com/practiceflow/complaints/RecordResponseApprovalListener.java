package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordResponseApproval}}, complete listener of Task_ApproveResponse: records who approved, since only the
 * task knows its assignee.
 */
@Component("recordResponseApproval")
class RecordResponseApprovalListener implements TaskListener {

  private final ComplaintService complaints;

  RecordResponseApprovalListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    if (flag(task, RESPONSE_APPROVED)) {
      complaints.responseApproved(complaintId(task), task.getAssignee());
    }
  }
}
