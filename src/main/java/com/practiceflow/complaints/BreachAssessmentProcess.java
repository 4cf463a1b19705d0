package com.practiceflow.complaints;

/** Ids in {@code processes/breach-assessment.bpmn}. */
public final class BreachAssessmentProcess {

  public static final String KEY = "breachAssessment";
  public static final String TASK_ASSESS_BREACH_RISK = "Task_AssessBreachRisk";
  public static final String TASK_NOTIFY_INDIVIDUALS = "Task_NotifyIndividuals";
  public static final String END_INDIVIDUALS_NOTIFIED = "EndEvent_IndividualsNotified";
  public static final String END_LOW_PROBABILITY = "EndEvent_LowProbabilityDocumented";

  private BreachAssessmentProcess() {
  }
}
