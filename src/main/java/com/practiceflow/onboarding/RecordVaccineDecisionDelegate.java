package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffService;
import com.practiceflow.staff.VaccineOffer;

/** {@code ${recordVaccineDecision}} on Task_RecordVaccineDecision: accepted, or declined with the signed declination. */
@Component("recordVaccineDecision")
class RecordVaccineDecisionDelegate implements JavaDelegate {

  private final StaffCases cases;
  private final StaffService staff;

  RecordVaccineDecisionDelegate(StaffCases cases, StaffService staff) {
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VaccineOffer.Decision decision = "accepted".equals(string(execution, VACCINE_DECISION))
        ? VaccineOffer.Decision.ACCEPTED : VaccineOffer.Decision.DECLINED;
    staff.recordVaccineOffer(cases.member(execution).getId(), requiredDate(execution, VACCINE_OFFERED_ON), decision);
  }
}
