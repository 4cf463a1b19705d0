package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/** {@code ${identifyLeaver}} on Task_IdentifyLeaver: finds the active staff member the leaver form or onboarding named. */
@Component("identifyLeaver")
class IdentifyLeaverDelegate implements JavaDelegate {

  private final StaffService staff;

  IdentifyLeaverDelegate(StaffService staff) {
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // one offboarding per person: the first marks them LEAVING, a second finds nobody ACTIVE
    String reference = string(execution, STAFF_REFERENCE);
    StaffMember member = staff.byReference(reference == null ? "" : reference.trim())
        .filter(m -> m.getStatus() == StaffMember.Status.ACTIVE)
        .orElseThrow(() -> new IllegalArgumentException("No active staff member " + reference));
    staff.leaving(member.getId());
    execution.setProcessBusinessKey(member.getReference());
    execution.setVariable(CASE_REFERENCE, member.getReference());
    execution.setVariable(STAFF_ID, member.getId());
    execution.setVariable(STAFF_NAME, member.getFirstName() + " " + member.getLastName());
    execution.setVariable(STAFF_USER_ID, member.getUserId());
  }
}
