package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.security.PracticeGroups;
import com.practiceflow.staff.StaffService;

/** {@code ${registerRequisition}} on Task_RegisterRequisition: the requisition record, and the role's profile as routing variables. */
@Component("registerRequisition")
class RegisterRequisitionDelegate implements JavaDelegate {

  private final StaffService staff;
  private final Deadlines deadlines;

  RegisterRequisitionDelegate(StaffService staff, Deadlines deadlines) {
    this.staff = staff;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var profile = roleProfile(execution);
    var requisition = staff.raiseRequisition(string(execution, JOB_TITLE), string(execution, ROLE),
        string(execution, JUSTIFICATION), string(execution, REQUESTED_BY), deadlines.today());
    boolean clinical = Boolean.TRUE.equals(profile.get(CLINICAL));
    execution.setVariable(REQUISITION_ID, requisition.getId());
    execution.setVariable(CASE_REFERENCE, requisition.getReference());
    execution.setProcessBusinessKey(requisition.getReference());
    execution.setVariable(ROLE_GROUP, profile.get(ROLE_GROUP));
    execution.setVariable(CLINICAL, clinical);
    execution.setVariable(LICENSED, Boolean.TRUE.equals(profile.get(LICENSED)));
    execution.setVariable(EXPOSURE, Boolean.TRUE.equals(profile.get(EXPOSURE)));
    execution.setVariable(INTERVIEW_GROUP, clinical ? PracticeGroups.CLINICIANS : PracticeGroups.PRACTICE_MANAGERS);
  }
}
