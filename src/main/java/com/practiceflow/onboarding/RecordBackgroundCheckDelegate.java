package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.staff.ScreeningSearch.Occasion;
import com.practiceflow.staff.ScreeningSearch.Result;
import com.practiceflow.staff.ScreeningSearch.Source;
import com.practiceflow.staff.StaffService;

/** {@code ${recordBackgroundCheck}} on Task_RecordBackgroundCheck: the check and its evidence reference. */
@Component("recordBackgroundCheck")
class RecordBackgroundCheckDelegate implements JavaDelegate {

  private final StaffService staff;
  private final StaffCases cases;
  private final Deadlines deadlines;

  RecordBackgroundCheckDelegate(StaffService staff, Deadlines deadlines, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Result result = Screening.result(string(execution, BACKGROUND_RESULT));
    staff.recordSearch(cases.member(execution).getId(), Occasion.PRE_HIRE, Source.BACKGROUND_CHECK, result,
        string(execution, NAMES_TO_SEARCH), string(execution, BACKGROUND_EVIDENCE), Actors.lastCompleter(execution),
        deadlines.today());
    execution.setVariable(BACKGROUND_CLEAR, result == Result.CLEAR);
    // the result is in the staff file (hr and compliance only); the process keeps the flag
    execution.removeVariables(java.util.List.of(BACKGROUND_EVIDENCE, BACKGROUND_RESULT));
  }
}
