package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffService;

/** {@code ${recordI9}} after each I-9 section: its completion date (the form itself stays on paper or in the I-9 system). */
@Component("recordI9")
class RecordI9Delegate implements JavaDelegate {

  private final StaffCases cases;
  private final StaffService staff;

  RecordI9Delegate(StaffCases cases, StaffService staff) {
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long staffId = cases.member(execution).getId();
    if (StaffOnboardingProcess.TASK_I9_SECTION1.equals(previous(execution))) {
      staff.i9Section1(staffId, requiredDate(execution, I9_SECTION1_ON));
    } else {
      staff.i9Section2(staffId, requiredDate(execution, I9_SECTION2_ON));
    }
  }

  private static String previous(DelegateExecution execution) {
    return "Task_RecordI9Section1".equals(execution.getCurrentActivityId()) ? StaffOnboardingProcess.TASK_I9_SECTION1
        : StaffOnboardingProcess.TASK_I9_SECTION2;
  }
}
