package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.Map;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.staff.ReviewOutcome.Kind;
import com.practiceflow.staff.StaffService;

/** {@code ${recordStaffReview}}, complete listener of review tasks: check-ins, the introductory-period decision, compliance reviews, policy acknowledgement. */
@Component("recordStaffReview")
class RecordStaffReviewListener implements TaskListener {

  private final StaffCases cases;
  private final StaffService staff;
  private final Deadlines deadlines;

  RecordStaffReviewListener(StaffCases cases, StaffService staff, Deadlines deadlines) {
    this.cases = cases;
    this.staff = staff;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    Kind kind = KINDS.get(task.getTaskDefinitionKey());
    if (kind == null) {
      throw new IllegalStateException("No review kind for task " + task.getTaskDefinitionKey());
    }
    String outcome = switch (kind) {
      case COMPLIANCE_REVIEW -> string(task, COMPLIANCE_DECISION);
      case EXCLUSION_HIT_REVIEW -> string(task, HIT_DECISION);
      case INTRODUCTORY_PERIOD -> string(task, INTRODUCTORY_DECISION);
      case POLICY_ACKNOWLEDGEMENT -> {
        if (!flag(task, HANDBOOK_ACKNOWLEDGED)) {
          throw new IllegalArgumentException("Tick the acknowledgement to confirm you read the handbook and policies");
        }
        yield "acknowledged";
      }
      default -> string(task, CHECK_IN_OUTCOME);
    };
    staff.recordReview(cases.member(task.getExecution()).getId(), kind, outcome == null ? "recorded" : outcome,
        Actors.of(task), deadlines.today());
  }

  private static final Map<String, Kind> KINDS = Map.of(
      StaffHiringProcess.TASK_REVIEW_PRE_HIRE_CHECKS, Kind.COMPLIANCE_REVIEW,
      RecurringCheckProcesses.TASK_REVIEW_EXCLUSION_HIT, Kind.EXCLUSION_HIT_REVIEW,
      StaffOnboardingProcess.TASK_ACKNOWLEDGE_POLICIES, Kind.POLICY_ACKNOWLEDGEMENT,
      StaffOnboardingProcess.TASK_CHECK_IN_30, Kind.CHECK_IN_30,
      StaffOnboardingProcess.TASK_CHECK_IN_60, Kind.CHECK_IN_60,
      StaffOnboardingProcess.TASK_CHECK_IN_90, Kind.CHECK_IN_90,
      StaffOnboardingProcess.TASK_DECIDE_INTRODUCTORY_PERIOD, Kind.INTRODUCTORY_PERIOD);

}
