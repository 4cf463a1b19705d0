package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import org.springframework.context.ApplicationEventPublisher;

import com.practiceflow.security.StaffLogins;
import com.practiceflow.staff.StaffJoinedGroup;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/** {@code ${createStaffLogin}} on Task_CreateStaffLogin: the new person's PracticeFlow login, in the group of their role. */
@Component("createStaffLogin")
class CreateStaffLoginDelegate implements JavaDelegate {

  private final StaffCases cases;
  private final StaffService staff;
  private final StaffLogins logins;
  private final ApplicationEventPublisher events;

  CreateStaffLoginDelegate(StaffCases cases, StaffService staff, StaffLogins logins,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.staff = staff;
    this.logins = logins;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffMember member = cases.member(execution);
    String userId = string(execution, STAFF_USER_ID);
    if (userId == null) {
      throw new IllegalArgumentException("Provide the new person's PracticeFlow user id");
    }
    logins.create(userId, member.getFirstName(), member.getLastName(), member.getEmail(), member.getRoleGroup());
    staff.linkUser(member.getId(), userId);
    // e.g. the attestations of every active policy of the group reach the new person
    events.publishEvent(new StaffJoinedGroup(userId, member.getRoleGroup()));
  }
}
