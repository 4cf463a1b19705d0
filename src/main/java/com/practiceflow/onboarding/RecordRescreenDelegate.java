package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.ScreeningSearch.Occasion;

/** {@code ${recordRescreen}} on Task_RecordRescreen: three searches for this person; a possible match goes to compliance. */
@Component("recordRescreen")
class RecordRescreenDelegate implements JavaDelegate {

  private final Screening screening;

  RecordRescreenDelegate(Screening screening) {
    this.screening = screening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariableLocal(POSSIBLE_MATCH, !screening.record(execution, Occasion.MONTHLY_RESCREEN));
    execution.removeVariablesLocal(Screening.RESULT_VARIABLES);
  }
}
