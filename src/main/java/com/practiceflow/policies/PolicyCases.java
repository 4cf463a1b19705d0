package com.practiceflow.policies;

import static com.practiceflow.records.VariableValues.id;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The policy a step is about, found by the process's business key (POL-2026-0001), and the version it works on,
 * which must be one of that policy's: a variable naming another policy's version is refused, not followed.
 */
@Component
class PolicyCases {

  private final PolicyService policies;

  PolicyCases(PolicyService policies) {
    this.policies = policies;
  }

  Policy policy(DelegateExecution execution) {
    return byKey(execution.getProcessBusinessKey());
  }

  PolicyVersion version(DelegateExecution execution) {
    return version(execution, policy(execution));
  }

  PolicyVersion version(DelegateTask task) {
    return version(task, byKey(task.getExecution().getProcessBusinessKey()));
  }

  private PolicyVersion version(VariableScope scope, Policy policy) {
    Long versionId = id(scope, PolicyVariables.VERSION_ID);
    PolicyVersion version = versionId == null ? null : policies.version(versionId);
    if (version == null || !version.getPolicyId().equals(policy.getId())) {
      throw new IllegalStateException("The version this case names is not a version of " + policy.getReference());
    }
    return version;
  }

  private Policy byKey(String reference) {
    if (reference == null) {
      throw new IllegalStateException("This case has no policy reference yet");
    }
    return policies.byReference(reference);
  }
}
