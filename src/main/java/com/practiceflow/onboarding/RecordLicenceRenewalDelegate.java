package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffService;

/** {@code ${recordLicenceRenewal}} on Task_RecordLicenceRenewal: the renewed licence, verified again; the next cycle counts from its new expiry. */
@Component("recordLicenceRenewal")
class RecordLicenceRenewalDelegate implements JavaDelegate {

  private final StaffService staff;
  private final StaffCases cases;

  RecordLicenceRenewalDelegate(StaffService staff, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean stops = flag(execution, MONITORING_STOPS);
    if (!stops) {
      var newExpiry = requiredDate(execution, NEW_LICENCE_EXPIRES_ON);
      staff.renewCredential(cases.credential(execution).getId(), newExpiry, requiredDate(execution, LICENCE_VERIFIED_ON),
          string(execution, LICENCE_VERIFICATION_METHOD));
      execution.setVariable(LICENCE_EXPIRES_ON, newExpiry.toString());
    }
    execution.setVariable(MONITORING_STOPS, stops);
  }
}
