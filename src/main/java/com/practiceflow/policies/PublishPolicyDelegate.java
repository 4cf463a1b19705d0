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
  private final PolicyCases cases;
  private final PolicyProcesses processes;
  private final Deadlines deadlines;

  PublishPolicyDelegate(PolicyService policies, PolicyProcesses processes, Deadlines deadlines, PolicyCases cases) {
    this.cases = cases;
    this.policies = policies;
    this.processes = processes;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long versionId = cases.version(execution).getId();
    // what was drafted and reviewed, as the version's record holds it
    PolicyDraft approved = policies.proposal(versionId);
    boolean attest = policies.publish(versionId, approved, deadlines.today());
    execution.setVariable(ATTESTATION_REQUIRED, attest);
    processes.scheduleReview(policies.policy(policies.version(versionId).getPolicyId()));
  }
}
