package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;

/** {@code ${recordPolicyApproval}}, complete listener of Task_ApprovePolicy: who approved, and when. */
@Component("recordPolicyApproval")
class RecordPolicyApprovalListener implements TaskListener {

  private final PolicyService policies;
  private final PolicyCases cases;
  private final Deadlines deadlines;

  RecordPolicyApprovalListener(PolicyService policies, Deadlines deadlines, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    if ("approve".equals(string(task, APPROVAL_DECISION))) {
      var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      policies.approved(cases.version(task).getId(), authentication != null ? authentication.getUserId() : task.getAssignee(),
          deadlines.today());
    }
  }
}
