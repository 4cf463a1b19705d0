package com.practiceflow.policies;

import static com.practiceflow.policies.PolicyVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${restatePolicyRouting}}, start listener of the steps routed by the draft (peer review by the owning
 * department, the approver by category, the owner's revision): the routing variables are set again from the
 * version's record just before they are used, so nothing sent with an earlier completion can re-route the draft.
 */
@Component("restatePolicyRouting")
class RestatePolicyRoutingListener implements ExecutionListener {

  private final PolicyService policies;
  private final PolicyCases cases;

  RestatePolicyRoutingListener(PolicyService policies, PolicyCases cases) {
    this.policies = policies;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    PolicyDraft proposal = policies.proposal(cases.version(execution).getId());
    execution.setVariable(CATEGORY, proposal.category());
    execution.setVariable(OWNER_GROUP, proposal.ownerGroup());
    execution.setVariable(POLICY_OWNER, proposal.owner());
  }
}
