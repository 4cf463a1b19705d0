package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/** {@code ${recordLeaver}} on Task_RecordLeaver: final retention dates, and the person's other staff processes end. */
@Component("recordLeaver")
class RecordLeaverDelegate implements JavaDelegate {

  private final StaffCases cases;
  private final StaffService staff;
  private final StaffProcesses processes;
  private final Deadlines deadlines;

  RecordLeaverDelegate(StaffCases cases, StaffService staff, StaffProcesses processes, Deadlines deadlines) {
    this.cases = cases;
    this.staff = staff;
    this.processes = processes;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffMember member = cases.member(execution);
    var lastDay = date(execution, LAST_DAY) != null ? date(execution, LAST_DAY) : deadlines.today();
    staff.left(member.getId(), lastDay, string(execution, LEAVING_REASON));
    processes.endOthers(member.getReference(), execution.getProcessInstanceId(), "staff member left");
  }
}
