package com.practiceflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Typed access to the variables the escalation ladder's steps read and write. */
final class LadderVariables {

  /** Set on the ladder's path when its timer fires: the one task instance this ladder acts on. */
  static final String LADDER_TASK_ID = "ladderTaskId";
  /** The case reference every process keeps (also its business key). */
  static final String CASE_REFERENCE = "caseReference";

  private LadderVariables() {
  }

  static String ladderTaskId(DelegateExecution execution) {
    Object value = execution.getVariable(LADDER_TASK_ID);
    if (value == null) {
      throw new IllegalStateException("Step " + execution.getCurrentActivityId()
          + " runs after a ladder timer whose start listener ${captureLadderTask} is missing");
    }
    return value.toString();
  }

  static String caseReference(DelegateExecution execution) {
    Object value = execution.getVariable(CASE_REFERENCE);
    return value != null ? value.toString() : execution.getProcessBusinessKey();
  }
}
