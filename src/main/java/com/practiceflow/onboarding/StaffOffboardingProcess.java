package com.practiceflow.onboarding;

/** Ids in {@code processes/staff-offboarding.bpmn}. */
public final class StaffOffboardingProcess {

  public static final String KEY = "staffOffboarding";
  public static final String TASK_REMOVE_SYSTEM_ACCESS = "Task_RemoveSystemAccess";
  public static final String TASK_COLLECT_EQUIPMENT = "Task_CollectEquipment";
  public static final String END_LEAVER_OFFBOARDED = "EndEvent_LeaverOffboarded";

  private StaffOffboardingProcess() {
  }
}
