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

  RecordLicenceVerificationDelegate(StaffService staff) {
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean verified = "verified".equals(string(execution, LICENCE_VERIFIED));
    var credential = staff.recordCredential(id(execution, STAFF_ID), string(execution, LICENCE_TYPE),
        string(execution, LICENCE_NUMBER), string(execution, LICENCE_STATE), requiredDate(execution, LICENCE_EXPIRES_ON),
        requiredDate(execution, LICENCE_VERIFIED_ON), string(execution, LICENCE_VERIFICATION_METHOD), verified);
    execution.setVariable(CREDENTIAL_ID, credential.getId());
    execution.setVariable(LICENCE_CLEAR, verified);
    execution.removeVariable(LICENCE_VERIFIED);
  }
}
