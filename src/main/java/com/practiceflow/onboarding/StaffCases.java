package com.practiceflow.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/**
 * The staff member a process step is about: from the business key (the person's reference) where the process runs
 * under one, else from {@code staffId}, which only the process itself sets (hiring, the monthly re-screen).
 */
@Component
class StaffCases {

  private final StaffService staff;

  StaffCases(StaffService staff) {
    this.staff = staff;
  }

  StaffMember member(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key != null && key.startsWith(StaffService.STAFF_PREFIX + "-")) {
      return staff.byReference(key).orElseThrow(() -> new IllegalStateException("No staff member " + key));
    }
    return staff.member(com.practiceflow.records.VariableValues.id(execution, StaffVariables.STAFF_ID));
  }
}
