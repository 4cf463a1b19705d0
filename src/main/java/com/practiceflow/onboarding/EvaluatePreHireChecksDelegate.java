package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffService;

/** {@code ${evaluatePreHireChecks}} on Task_EvaluateChecks: clear only if every check is clear; anything else goes to compliance. */
@Component("evaluatePreHireChecks")
class EvaluatePreHireChecksDelegate implements JavaDelegate {

  private final StaffService staff;
  private final StaffCases cases;

  EvaluatePreHireChecksDelegate(StaffService staff, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean clear = flag(execution, BACKGROUND_CLEAR) && flag(execution, EXCLUSION_CLEAR)
        && (!flag(execution, LICENSED) || flag(execution, LICENCE_CLEAR));
    execution.setVariable(CHECKS_CLEAR, clear);
    // which checks need compliance, without their results: those are in the staff file
    java.util.List<String> open = new java.util.ArrayList<>();
    if (!flag(execution, BACKGROUND_CLEAR)) {
      open.add("background check");
    }
    if (!flag(execution, EXCLUSION_CLEAR)) {
      open.add("exclusion screening");
    }
    if (flag(execution, LICENSED) && !flag(execution, LICENCE_CLEAR)) {
      open.add("license verification");
    }
    execution.setVariable(CHECKS_TO_REVIEW, String.join(", ", open));
    staff.preHireChecksDone(cases.member(execution).getId(), clear);
    // the searches are in the staff file now, readable by hr and compliance only
    execution.removeVariables(java.util.List.of(NAMES_TO_SEARCH, EXCLUSION_EVIDENCE, CANDIDATE_FORMER_NAMES));
  }
}
