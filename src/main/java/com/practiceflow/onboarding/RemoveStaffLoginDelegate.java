package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.security.StaffLogins;

/** {@code ${removeStaffLogin}} on Task_RemovePracticeFlowLogin: the leaver's PracticeFlow login ends at once. */
@Component("removeStaffLogin")
class RemoveStaffLoginDelegate implements JavaDelegate {

  private final StaffCases cases;
  private final StaffLogins logins;

  RemoveStaffLoginDelegate(StaffCases cases, StaffLogins logins) {
    this.cases = cases;
    this.logins = logins;
  }

  @Override
  public void execute(DelegateExecution execution) {
    logins.remove(cases.member(execution).getUserId());
  }
}
