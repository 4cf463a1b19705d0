package com.practiceflow.onboarding;

/** Ids in {@code processes/staff-hiring.bpmn} and {@code staff-role-profile.dmn}. */
public final class StaffHiringProcess {

  public static final String KEY = "staffHiring";
  public static final String ROLE_PROFILE_DECISION = "staffRoleProfile";
  public static final String TASK_APPROVE_REQUISITION = "Task_ApproveRequisition";
  public static final String TASK_POST_JOB = "Task_PostJob";
  public static final String TASK_SCREEN_CANDIDATES = "Task_ScreenCandidates";
  public static final String TASK_INTERVIEW_CANDIDATE = "Task_InterviewCandidate";
  public static final String TASK_MAKE_OFFER = "Task_MakeOffer";
  public static final String TASK_BACKGROUND_CHECK = "Task_BackgroundCheck";
  public static final String TASK_SCREEN_EXCLUSIONS = "Task_ScreenExclusions";
  public static final String TASK_VERIFY_LICENCE = "Task_VerifyLicence";
  public static final String TASK_REVIEW_PRE_HIRE_CHECKS = "Task_ReviewPreHireChecks";
  public static final String TASK_CONFIRM_START_DATE = "Task_ConfirmStartDate";
  public static final String END_REQUISITION_REJECTED = "EndEvent_RequisitionRejected";
  public static final String END_STAFF_HIRED = "EndEvent_StaffHired";
  public static final String MESSAGE_STAFF_HIRED = "Msg_StaffHired";

  private StaffHiringProcess() {
  }
}
