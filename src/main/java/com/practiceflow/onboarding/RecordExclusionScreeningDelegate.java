package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.ScreeningSearch.Occasion;

/** {@code ${recordExclusionScreening}} on Task_RecordExclusionScreening: one record per list searched, every name. */
@Component("recordExclusionScreening")
class RecordExclusionScreeningDelegate implements JavaDelegate {

  private final Screening screening;

  RecordExclusionScreeningDelegate(Screening screening) {
    this.screening = screening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(EXCLUSION_CLEAR, screening.record(execution, Occasion.PRE_HIRE));
    execution.removeVariables(Screening.RESULT_VARIABLES);
  }
}
