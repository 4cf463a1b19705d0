package com.practiceflow.policies;

/** Ids in {@code processes/policy-review.bpmn}. */
public final class PolicyReviewProcess {

  public static final String KEY = "policyReview";
  public static final String TIMER_REVIEW_OPENS = "TimerEvent_ReviewOpens";
  public static final String TASK_NOTIFY_OWNER = "Task_NotifyPolicyOwner";
  public static final String TASK_REVIEW_POLICY = "Task_ReviewPolicy";
  public static final String END_POLICY_RETIRED = "EndEvent_PolicyRetired";
  public static final String END_REVISION_STARTED = "EndEvent_RevisionStarted";

  private PolicyReviewProcess() {
  }
}
