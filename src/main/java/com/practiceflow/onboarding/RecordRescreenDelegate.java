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
    boolean possibleMatch = !screening.record(execution, Occasion.MONTHLY_RESCREEN);
    execution.setVariableLocal(POSSIBLE_MATCH, possibleMatch);
    if (possibleMatch) {
      // declared here so compliance's answer stays in this person's scope, and only for the few who need review
      execution.setVariableLocal(HIT_DECISION, null);
      execution.setVariableLocal(HIT_NOTES, null);
    }
    execution.removeVariablesLocal(Screening.RESULT_VARIABLES);
  }
}
