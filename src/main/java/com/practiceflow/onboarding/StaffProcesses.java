package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffMember;

/**
 * Starts and ends the staff processes that follow one another. Every process about one person runs under that
 * person's reference (STF-2026-0001) as business key, so leaving ends all of them.
 */
@Component
class StaffProcesses {

  private final RuntimeService runtimeService;

  StaffProcesses(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void startOnboarding(StaffMember member, LocalDate startDate) {
    VariableMap variables = Variables.createVariables().putValue(STAFF_ID, member.getId())
        .putValue(CASE_REFERENCE, member.getReference()).putValue(START_DATE, startDate.toString())
        .putValue(ROLE_GROUP, member.getRoleGroup()).putValue(LICENSED, member.isLicensed())
        .putValue(EXPOSURE, member.isExposure())
        .putValue(STAFF_NAME, member.getFirstName() + " " + member.getLastName())
        .putValue(STAFF_EMAIL, member.getEmail());
    runtimeService.createMessageCorrelation(StaffHiringProcess.MESSAGE_STAFF_HIRED)
        .processInstanceBusinessKey(member.getReference()).setVariables(variables).correlateStartMessage();
  }

  void startLicenceMonitoring(StaffMember member, Long credentialId, LocalDate expiresOn) {
    runtimeService.startProcessInstanceByKey(RecurringCheckProcesses.LICENCE_KEY, member.getReference(),
        Map.of(STAFF_ID, member.getId(), CASE_REFERENCE, member.getReference(), CREDENTIAL_ID, credentialId,
            LICENCE_EXPIRES_ON, expiresOn.toString(), MONITORING_STOPS, false));
  }

  void startBloodborneRetraining(StaffMember member, String userId, LocalDate trainedOn) {
    runtimeService.startProcessInstanceByKey(RecurringCheckProcesses.BLOODBORNE_KEY, member.getReference(),
        Map.of(STAFF_ID, member.getId(), CASE_REFERENCE, member.getReference(), STAFF_USER_ID, userId,
            LAST_BLOODBORNE_TRAINING_ON, trainedOn.toString(), EXPOSURE, true));
  }

  void startOffboarding(StaffMember member, LocalDate lastDay, String reason) {
    runtimeService.createMessageCorrelation(StaffOnboardingProcess.MESSAGE_EMPLOYMENT_ENDED)
        .processInstanceBusinessKey(member.getReference())
        .setVariables(Variables.createVariables().putValue(STAFF_REFERENCE, member.getReference())
            .putValue(LAST_DAY, lastDay.toString()).putValue(LEAVING_REASON, reason))
        .correlateStartMessage();
  }

  /** Ends every other running process about this person: onboarding, licence renewal, retraining. */
  int endOthers(String staffReference, String keepProcessInstanceId, String reason) {
    int ended = 0;
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(staffReference).list()) {
      if (!instance.getId().equals(keepProcessInstanceId) && !instance.isEnded()) {
        runtimeService.deleteProcessInstance(instance.getId(), reason, false, true);
        ended++;
      }
    }
    return ended;
  }
}
