package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffService;

/** {@code ${evaluatePreHireChecks}} on Task_EvaluateChecks: clear only if every check is clear; anything else goes to compliance. */
@Component("evaluatePreHireChecks")
class EvaluatePreHireChecksDelegate implements JavaDelegate {

  private final StaffService staff;

  EvaluatePreHireChecksDelegate(StaffService staff) {
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean clear = flag(execution, BACKGROUND_CLEAR) && flag(execution, EXCLUSION_CLEAR)
        && (!flag(execution, LICENSED) || flag(execution, LICENCE_CLEAR));
    execution.setVariable(CHECKS_CLEAR, clear);
    staff.preHireChecksDone(id(execution, STAFF_ID), clear);
    // the searches are in the staff file now, readable by hr and compliance only
    execution.removeVariables(java.util.List.of(NAMES_TO_SEARCH, EXCLUSION_EVIDENCE, CANDIDATE_FORMER_NAMES));
  }
}
