package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.staff.StaffService;

/** {@code ${recordRequisitionDecision}}, complete listener of Task_ApproveRequisition: who decided, and how. */
@Component("recordRequisitionDecision")
class RecordRequisitionDecisionListener implements TaskListener {

  private final StaffService staff;
  private final StaffCases cases;
  private final Deadlines deadlines;

  RecordRequisitionDecisionListener(StaffService staff, Deadlines deadlines, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    String decider = Actors.of(task);
    boolean approved = flag(task, REQUISITION_APPROVED);
    if (approved && decider != null && decider.equals(string(task, REQUESTED_BY))) {
      // separation of duties: whoever asked for the hire does not approve it
      throw new IllegalArgumentException("A requisition is approved by another manager than the one who raised it");
    }
    staff.requisitionDecided(cases.requisition(task.getExecution()).getId(), approved, decider, deadlines.today());
  }
}
