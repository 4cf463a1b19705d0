package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;
import com.practiceflow.staff.TrainingRecord;

/** {@code ${recordBloodborneTraining}}: a bloodborne pathogens training, at onboarding (which starts the annual cycle) or annually. */
@Component("recordBloodborneTraining")
class RecordBloodborneTrainingDelegate implements JavaDelegate {

  private final StaffCases cases;
  private final StaffService staff;
  private final StaffProcesses processes;

  RecordBloodborneTrainingDelegate(StaffCases cases, StaffService staff, StaffProcesses processes) {
    this.cases = cases;
    this.staff = staff;
    this.processes = processes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffMember member = cases.member(execution);
    var trainedOn = requiredDate(execution, BLOODBORNE_TRAINING_ON);
    staff.recordTraining(member.getId(), TrainingRecord.Type.BLOODBORNE_PATHOGENS, trainedOn,
        string(execution, BLOODBORNE_TRAINER), string(execution, BLOODBORNE_TRAINER_QUALIFICATIONS),
        string(execution, BLOODBORNE_CONTENT_VERSION));
    if (execution.getProcessDefinitionId().startsWith(StaffOnboardingProcess.KEY + ":")) {
      processes.startBloodborneRetraining(member, member.getUserId(), trainedOn);
    } else {
      execution.setVariable(LAST_BLOODBORNE_TRAINING_ON, trainedOn.toString());
      execution.setVariable(EXPOSURE, cases.member(execution).isExposure());
    }
  }
}
