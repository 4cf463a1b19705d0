package com.practiceflow.console;

import java.util.Map;

import com.practiceflow.onboarding.RecurringCheckProcesses;
import com.practiceflow.onboarding.StaffOnboardingProcess;

/** The staff steps the compliance board counts, with the words a manager uses for them. */
final class StaffSteps {

  static final Map<String, String> COMPLIANCE = Map.of(
      StaffOnboardingProcess.TASK_I9_SECTION1, "I-9 Section 1 outstanding",
      StaffOnboardingProcess.TASK_I9_SECTION2, "I-9 Section 2 outstanding",
      RecurringCheckProcesses.TASK_RESCREEN_STAFF_MEMBER, "Exclusion re-screens outstanding",
      RecurringCheckProcesses.TASK_REVIEW_EXCLUSION_HIT, "Possible exclusion matches to review",
      StaffOnboardingProcess.TASK_COMPLETE_HIPAA_TRAINING, "HIPAA training due",
      StaffOnboardingProcess.TASK_COMPLETE_BLOODBORNE_TRAINING, "Bloodborne pathogens training due",
      RecurringCheckProcesses.TASK_ANNUAL_BLOODBORNE_TRAINING, "Annual bloodborne retraining due",
      RecurringCheckProcesses.TASK_RENEW_LICENCE, "License renewals open");

  private StaffSteps() {
  }
}
