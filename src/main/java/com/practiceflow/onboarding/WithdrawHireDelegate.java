package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffService;

/** {@code ${withdrawHire}} on Task_WithdrawHire: compliance stopped the hire; the requisition is open again. */
@Component("withdrawHire")
class WithdrawHireDelegate implements JavaDelegate {

  private final StaffService staff;
  private final StaffCases cases;

  WithdrawHireDelegate(StaffService staff, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    staff.withdraw(cases.member(execution).getId());
    execution.removeVariables(SCREENING_RESULTS);
    execution.removeVariables(java.util.List.of(STAFF_ID, CANDIDATE_FIRST_NAME, CANDIDATE_LAST_NAME, CANDIDATE_EMAIL));
  }
}
