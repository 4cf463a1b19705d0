package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.staff.NewStaffMember;
import com.practiceflow.staff.RoleProfile;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/** {@code ${registerCandidate}} on Task_RegisterCandidate: the accepted candidate becomes a staff record with checks open. */
@Component("registerCandidate")
class RegisterCandidateDelegate implements JavaDelegate {

  private final StaffService staff;
  private final StaffCases cases;
  private final Deadlines deadlines;

  RegisterCandidateDelegate(StaffService staff, Deadlines deadlines, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RoleProfile profile = new RoleProfile(string(execution, ROLE), string(execution, ROLE_GROUP),
        flag(execution, CLINICAL), flag(execution, LICENSED), flag(execution, EXPOSURE));
    StaffMember member = staff.registerCandidate(cases.requisition(execution).getId(),
        new NewStaffMember(string(execution, CANDIDATE_FIRST_NAME), string(execution, CANDIDATE_LAST_NAME),
            string(execution, CANDIDATE_FORMER_NAMES), string(execution, CANDIDATE_EMAIL),
            date(execution, PROPOSED_START_DATE)), profile, deadlines.today());
    execution.setVariable(STAFF_ID, member.getId());
    execution.setVariable(CASE_REFERENCE, member.getReference());
    execution.setVariable(STAFF_NAME, member.getFirstName() + " " + member.getLastName());
    execution.setVariable(NAMES_TO_SEARCH, String.join("\n", member.namesToSearch()));
  }
}
