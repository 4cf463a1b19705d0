package com.practiceflow.claims;

import static com.practiceflow.records.VariableValues.*;


import org.camunda.bpm.engine.delegate.VariableScope;

/** The claim dispute process's variables; form field keys in {@code forms/claims/} are these names. */
public final class DisputeVariables {

  public static final String DISPUTE_ID = "disputeId";
  public static final String CASE_REFERENCE = "caseReference";
  public static final String DISPUTE_TYPE = "disputeType";
  public static final String PAYER_ID = "payerId";
  public static final String PAYER_NAME = "payerName";
  public static final String PRODUCT = "product";
  public static final String GROUP_CODE = "groupCode";
  public static final String CARC = "carc";
  public static final String RARC = "rarc";
  public static final String CLAIM_REF = "claimRef";
  public static final String PROCEDURE_CODE = "procedureCode";
  public static final String SERVICE_DATE = "serviceDate";
  public static final String BILLED = "billed";
  public static final String PAID = "paid";
  public static final String NOTICE_DATE = "noticeDate";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String AMOUNT_AT_STAKE = "amountAtStake";
  public static final String TRIAGE = "triage";
  public static final String BUCKET = "bucket";
  public static final String OWNER_GROUP = "ownerGroup";
  public static final String NEXT_STEP = "nextStep";
  public static final String CORRECTED_CLAIM_DAYS = "correctedClaimDays";
  public static final String DECISION_DAYS = "decisionDays";
  public static final String APPEAL_LEVEL = "appealLevel";
  public static final String FILING_DEADLINE = "filingDeadline";
  public static final String NEEDS_CLINICAL_LETTER = "needsClinicalLetter";
  public static final String APPEAL_FILED_ON = "appealFiledOn";
  public static final String PAYER_REFERENCE = "payerReference";
  public static final String DECISION_RECEIVED_ON = "decisionReceivedOn";
  public static final String APPEAL_OUTCOME = "appealOutcome";
  public static final String AMOUNT_RECOVERED = "amountRecovered";
  public static final String PURSUE_NEXT_LEVEL = "pursueNextLevel";
  public static final String NEXT_LEVEL_AVAILABLE = "nextLevelAvailable";
  public static final String NEGOTIATION_STARTED_ON = "negotiationStartedOn";
  public static final String NEGOTIATION_ENDS_ON = "negotiationEndsOn";
  public static final String SETTLED = "settled";
  public static final String IDR_INITIATED_ON = "idrInitiatedOn";
  public static final String WRITE_OFF_NEEDS_APPROVAL = "writeOffNeedsApproval";
  public static final String WRITE_OFF_APPROVED = "writeOffApproved";
  public static final String FINAL_AMOUNT = "finalAmount";
  public static final String ROOT_CAUSE = "rootCause";

  private DisputeVariables() {
  }

}
