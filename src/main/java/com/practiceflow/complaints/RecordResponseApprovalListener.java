package com.practiceflow.complaints;

import static com.practiceflow.complaints.ComplaintVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordResponseApproval}}, complete listener of Task_ApproveResponse: records who approved: the user
 * completing the task, or its assignee when the engine completes it without a logged-in user.
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
      var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String approver = authentication != null ? authentication.getUserId() : task.getAssignee();
      complaints.responseApproved(complaints.ofCase(task.getExecution().getProcessBusinessKey()).getId(), approver);
    }
  }
}
