package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;

/** {@code ${publishPolicy}} on Task_PublishPolicy: the new version in effect, the previous retired, the review rescheduled. */
@Component("publishPolicy")
class PublishPolicyDelegate implements JavaDelegate {

  private final PolicyService policies;
  private final PolicyProcesses processes;
  private final Deadlines deadlines;

  PublishPolicyDelegate(PolicyService policies, PolicyProcesses processes, Deadlines deadlines) {
    this.policies = policies;
    this.processes = processes;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long versionId = id(execution, VERSION_ID);
    PolicyDraft approved = new PolicyDraft(null, string(execution, TITLE), string(execution, CATEGORY), null,
        string(execution, OWNER_GROUP), groups(execution, SCOPE_GROUPS), null, null, null,
        number(execution, REVIEW_INTERVAL_MONTHS, 12), flag(execution, MATERIAL_CHANGE));
    boolean attest = policies.publish(versionId, approved, deadlines.today());
    execution.setVariable(ATTESTATION_REQUIRED, attest);
    processes.scheduleReview(policies.policy(policies.version(versionId).getPolicyId()));
  }
}
