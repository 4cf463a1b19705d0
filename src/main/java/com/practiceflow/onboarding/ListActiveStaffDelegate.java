package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.staff.StaffService;

/** {@code ${listActiveStaff}} on Task_ListActiveStaff: everyone active today gets a search this month. */
@Component("listActiveStaff")
class ListActiveStaffDelegate implements JavaDelegate {

  private final StaffService staff;
  private final Deadlines deadlines;

  ListActiveStaffDelegate(StaffService staff, Deadlines deadlines) {
    this.staff = staff;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var today = deadlines.today();
    String reference = String.format("EXC-%d-%02d", today.getYear(), today.getMonthValue());
    execution.setVariable(STAFF_IDS, new ArrayList<>(staff.activeStaffIds()));
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setProcessBusinessKey(reference);
  }
}
