package com.practiceflow.claims;

/** Ids in {@code processes/claim-dispute.bpmn} and {@code denial-triage.dmn}. */
public final class ClaimDisputeProcess {

  public static final String KEY = "claimDispute";
  public static final String TRIAGE_DECISION = "denialTriage";
  public static final String TASK_CORRECT_AND_RESUBMIT = "Task_CorrectAndResubmit";
  public static final String TASK_REQUEST_REOPENING = "Task_RequestReopening";
  public static final String TASK_WRITE_SUPPORTING_LETTER = "Task_WriteSupportingLetter";
  public static final String TASK_FILE_APPEAL = "Task_FileAppeal";
  public static final String TASK_RECORD_PAYER_DECISION = "Task_RecordPayerDecision";
  public static final String TASK_SEND_NEGOTIATION_NOTICE = "Task_SendNegotiationNotice";
  public static final String TASK_NEGOTIATE = "Task_Negotiate";
  public static final String TASK_INITIATE_IDR = "Task_InitiateIdr";
  public static final String TASK_APPROVE_WRITE_OFF = "Task_ApproveWriteOff";
  public static final String TASK_CLOSE_DISPUTE = "Task_CloseDispute";
  public static final String BOUNDARY_FOURTEEN_DAYS = "BoundaryEvent_FourteenDaysToFile";
  public static final String BOUNDARY_SEVEN_DAYS = "BoundaryEvent_SevenDaysToFile";
  public static final String BOUNDARY_ONE_DAY = "BoundaryEvent_OneDayToFile";
  public static final String END_DISPUTE_CLOSED = "EndEvent_DisputeClosed";

  private ClaimDisputeProcess() {
  }
}
