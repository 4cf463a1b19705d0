package com.practiceflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Typed access to the variables the escalation ladder's steps read. */
final class LadderVariables {

  /** Input parameter on a ladder step: the id of the user task it reminds about or escalates. */
  static final String LADDER_TASK = "ladderTask";
  /** The case reference every process keeps (also its business key). */
  static final String CASE_REFERENCE = "caseReference";

  private LadderVariables() {
  }

  static String ladderTask(DelegateExecution execution) {
    Object value = execution.getVariableLocal(LADDER_TASK);
    if (value == null) {
      throw new IllegalStateException("Step " + execution.getCurrentActivityId()
          + " needs an input parameter 'ladderTask' naming the user task it acts on");
    }
    return value.toString();
  }

  static String caseReference(DelegateExecution execution) {
    Object value = execution.getVariable(CASE_REFERENCE);
    return value != null ? value.toString() : execution.getProcessBusinessKey();
  }
}
