package com.practiceflow.onboarding;

/** Ids in the recurring staff checks: exclusion-rescreen, licence-renewal and bloodborne-retraining models. */
public final class RecurringCheckProcesses {

  public static final String RESCREEN_KEY = "exclusionRescreen";
  public static final String RESCREEN_START = "StartEvent_MonthlyRescreenDue";
  public static final String TASK_RESCREEN_STAFF_MEMBER = "Task_RescreenStaffMember";
  public static final String TASK_REVIEW_EXCLUSION_HIT = "Task_ReviewExclusionHit";

  public static final String LICENCE_KEY = "licenceRenewal";
  public static final String TIMER_RENEWAL_OPENS = "TimerEvent_NinetyDaysBeforeExpiry";
  public static final String TASK_RENEW_LICENCE = "Task_RenewLicence";
  public static final String BOUNDARY_60_DAYS = "BoundaryEvent_SixtyDaysBeforeExpiry";
  public static final String BOUNDARY_30_DAYS = "BoundaryEvent_ThirtyDaysBeforeExpiry";
  public static final String TASK_REMIND_60_DAYS = "Task_RemindSixtyDaysBeforeExpiry";
  public static final String TASK_REMIND_30_DAYS = "Task_RemindThirtyDaysBeforeExpiry";

  public static final String BLOODBORNE_KEY = "bloodborneRetraining";
  public static final String TIMER_RETRAINING_OPENS = "TimerEvent_RetrainingOpens";
  public static final String TASK_ANNUAL_BLOODBORNE_TRAINING = "Task_CompleteAnnualBloodborneTraining";

  private RecurringCheckProcesses() {
  }
}
