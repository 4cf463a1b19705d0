package com.practiceflow.onboarding;

/** Ids in {@code processes/staff-onboarding.bpmn}. */
public final class StaffOnboardingProcess {

  public static final String KEY = "staffOnboarding";
  public static final String TASK_PROVISION_ACCOUNTS = "Task_ProvisionAccounts";
  public static final String TASK_COMPLETE_HIPAA_TRAINING = "Task_CompleteHipaaTraining";
  public static final String TASK_COMPLETE_BLOODBORNE_TRAINING = "Task_CompleteBloodborneTraining";
  public static final String TASK_OFFER_HEPATITIS_B = "Task_OfferHepatitisB";
  public static final String TASK_ACKNOWLEDGE_POLICIES = "Task_AcknowledgePolicies";
  public static final String TASK_I9_SECTION1 = "Task_CompleteI9Section1";
  public static final String TASK_I9_SECTION2 = "Task_CompleteI9Section2";
  public static final String TASK_ISSUE_BADGE = "Task_IssueBadgeAndKeys";
  public static final String TIMER_DAY_30 = "TimerEvent_Day30";
  public static final String TIMER_DAY_60 = "TimerEvent_Day60";
  public static final String TIMER_DAY_90 = "TimerEvent_Day90";
  public static final String TASK_CHECK_IN_30 = "Task_CheckIn30";
  public static final String TASK_CHECK_IN_60 = "Task_CheckIn60";
  public static final String TASK_CHECK_IN_90 = "Task_CheckIn90";
  public static final String TASK_DECIDE_INTRODUCTORY_PERIOD = "Task_DecideIntroductoryPeriod";
  public static final String END_EMPLOYMENT_ENDED = "EndEvent_EmploymentEnded";
  public static final String MESSAGE_EMPLOYMENT_ENDED = "Msg_EmploymentEnded";

  private StaffOnboardingProcess() {
  }
}
