package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.staff.StaffService;

/** {@code ${recordRequisitionDecision}}, complete listener of Task_ApproveRequisition: who decided, and how. */
@Component("recordRequisitionDecision")
class RecordRequisitionDecisionListener implements TaskListener {

  private final StaffService staff;
  private final Deadlines deadlines;

  RecordRequisitionDecisionListener(StaffService staff, Deadlines deadlines) {
    this.staff = staff;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    staff.requisitionDecided(id(task, REQUISITION_ID), flag(task, REQUISITION_APPROVED), Actors.of(task),
        deadlines.today());
  }
}
