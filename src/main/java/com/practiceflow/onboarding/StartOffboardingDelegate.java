package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;

/** {@code ${startOffboarding}} on EndEvent_EmploymentEnded: the introductory period ended employment; offboarding starts today. */
@Component("startOffboarding")
class StartOffboardingDelegate implements JavaDelegate {

  private final StaffCases cases;
  private final StaffProcesses processes;
  private final Deadlines deadlines;

  StartOffboardingDelegate(StaffCases cases, StaffProcesses processes, Deadlines deadlines) {
    this.cases = cases;
    this.processes = processes;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    processes.startOffboarding(cases.member(execution), deadlines.today(), "introductory-period");
  }
}
