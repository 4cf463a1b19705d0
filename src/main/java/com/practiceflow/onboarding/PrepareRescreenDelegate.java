package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/** {@code ${prepareRescreen}} on Task_PrepareRescreen: this person's reference, names and blank results, kept local to their search. */
@Component("prepareRescreen")
class PrepareRescreenDelegate implements JavaDelegate {

  private final StaffService staff;
  private final StaffCases cases;

  PrepareRescreenDelegate(StaffService staff, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffMember member = cases.member(execution);
    execution.setVariableLocal(CASE_REFERENCE, member.getReference());
    execution.setVariableLocal(STAFF_NAME, member.getFirstName() + " " + member.getLastName());
    execution.setVariableLocal(NAMES_TO_SEARCH, String.join("\n", member.namesToSearch()));
    for (String result : Screening.RESULT_VARIABLES) {
      execution.setVariableLocal(result, null);
    }
  }
}
