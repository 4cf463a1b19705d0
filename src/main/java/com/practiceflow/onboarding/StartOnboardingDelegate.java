package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/** {@code ${startOnboarding}} on EndEvent_StaffHired: the person is hired from the agreed start date; onboarding and licence monitoring start. */
@Component("startOnboarding")
class StartOnboardingDelegate implements JavaDelegate {

  private final StaffService staff;
  private final StaffCases cases;
  private final StaffProcesses processes;

  StartOnboardingDelegate(StaffService staff, StaffProcesses processes, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
    this.processes = processes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long staffId = cases.member(execution).getId();
    execution.removeVariables(SCREENING_RESULTS);
    var startDate = requiredDate(execution, START_DATE);
    staff.hired(staffId, startDate);
    StaffMember member = staff.member(staffId);
    processes.startOnboarding(member, startDate);
    Long credentialId = execution.getVariable(CREDENTIAL_ID) == null ? null : cases.credential(execution).getId();
    if (member.isLicensed() && credentialId != null) {
      processes.startLicenceMonitoring(member, credentialId, requiredDate(execution, LICENCE_EXPIRES_ON));
    }
  }
}
