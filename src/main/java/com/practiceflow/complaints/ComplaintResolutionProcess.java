package com.practiceflow.complaints;

/** Ids in {@code processes/complaint-resolution.bpmn} and {@code complaint-triage.dmn}; tests and code use these. */
public final class ComplaintResolutionProcess {

  public static final String KEY = "complaintResolution";
  public static final String TRIAGE_DECISION = "complaintTriage";
  public static final String REFERENCE_PREFIX = "CMP";

  public static final String START_COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";
  public static final String TASK_REGISTER_COMPLAINT = "Task_RegisterComplaint";
  public static final String TASK_TRIAGE_COMPLAINT = "Task_TriageComplaint";
  public static final String TASK_NOTIFY_OWNER_GROUP = "Task_NotifyOwnerGroup";
  public static final String TASK_ACKNOWLEDGE_COMPLAINT = "Task_AcknowledgeComplaint";
  public static final String TASK_INVESTIGATE_COMPLAINT = "Task_InvestigateComplaint";
  public static final String BOUNDARY_SEVEN_DAYS_PASSED = "BoundaryEvent_SevenDaysPassed";
  public static final String TASK_SEND_INTERIM_LETTER = "Task_SendInterimLetter";
  public static final String TASK_START_BREACH_ASSESSMENT = "Task_StartBreachAssessment";
  public static final String TASK_DRAFT_RESPONSE = "Task_DraftResponse";
  public static final String TASK_APPROVE_RESPONSE = "Task_ApproveResponse";
  public static final String TASK_CLOSE_COMPLAINT = "Task_CloseComplaint";
  public static final String END_COMPLAINT_CLOSED = "EndEvent_ComplaintClosed";

  private ComplaintResolutionProcess() {
  }
}
