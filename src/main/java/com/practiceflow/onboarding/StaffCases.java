package com.practiceflow.onboarding;

import static com.practiceflow.records.VariableValues.id;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.practiceflow.staff.Credential;
import com.practiceflow.staff.Requisition;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/**
 * The records a staff step is about, found by the process's business key: the person's reference (STF-2026-0001),
 * or during hiring the requisition's (REQ-2026-0001). An id in a variable is followed only where it belongs to
 * that record (the candidate of this requisition, a licence of this person) or where only the process sets it
 * (the monthly re-screen's one person per task); anything else is refused.
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
    StaffMember member = staff.member(id(execution, StaffVariables.STAFF_ID));
    if (key != null && key.startsWith(StaffService.REQUISITION_PREFIX + "-")
        && !requisition(execution).getId().equals(member.getRequisitionId())) {
      throw new IllegalStateException(member.getReference() + " is not the candidate of " + key);
    }
    return member;
  }

  Requisition requisition(DelegateExecution execution) {
    return staff.requisitionByReference(execution.getProcessBusinessKey());
  }

  Credential credential(DelegateExecution execution) {
    StaffMember member = member(execution);
    Credential credential = staff.credential(id(execution, StaffVariables.CREDENTIAL_ID));
    if (!credential.getStaffId().equals(member.getId())) {
      throw new IllegalStateException("The license this case names is not one of " + member.getReference() + "'s");
    }
    return credential;
  }
}
