package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffService;

/** {@code ${recordLicenceVerification}} on Task_RecordLicence: the credential and how it was verified at the source. */
@Component("recordLicenceVerification")
class RecordLicenceVerificationDelegate implements JavaDelegate {

  private final StaffService staff;
  private final StaffCases cases;

  RecordLicenceVerificationDelegate(StaffService staff, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean verified = "verified".equals(string(execution, LICENCE_VERIFIED));
    var credential = staff.recordCredential(cases.member(execution).getId(), string(execution, LICENCE_TYPE),
        string(execution, LICENCE_NUMBER), string(execution, LICENCE_STATE), requiredDate(execution, LICENCE_EXPIRES_ON),
        requiredDate(execution, LICENCE_VERIFIED_ON), string(execution, LICENCE_VERIFICATION_METHOD), verified);
    execution.setVariable(CREDENTIAL_ID, credential.getId());
    execution.setVariable(LICENCE_CLEAR, verified);
    execution.removeVariable(LICENCE_VERIFIED);
  }
}
