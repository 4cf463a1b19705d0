package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffService;
import com.practiceflow.staff.TrainingRecord;

/** {@code ${recordHipaaTraining}} on Task_RecordHipaaTraining. */
@Component("recordHipaaTraining")
class RecordHipaaTrainingDelegate implements JavaDelegate {

  private final StaffCases cases;
  private final StaffService staff;

  RecordHipaaTrainingDelegate(StaffCases cases, StaffService staff) {
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    staff.recordTraining(cases.member(execution).getId(), TrainingRecord.Type.HIPAA_PRIVACY_AND_SECURITY,
        requiredDate(execution, HIPAA_TRAINING_ON), string(execution, HIPAA_TRAINER), null,
        string(execution, HIPAA_CONTENT_VERSION));
  }
}
