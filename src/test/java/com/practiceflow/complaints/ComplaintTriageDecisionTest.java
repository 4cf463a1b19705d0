package com.practiceflow.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;

@PracticeFlowTest
class ComplaintTriageDecisionTest {

  @Autowired
  DecisionService decisionService;

  @ParameterizedTest(name = "{0}, harm {1} -> {2} for {3}")
  @CsvSource({
      "privacy,       false, HIGH,   compliance",
      "privacy,       true,  HIGH,   compliance",
      "clinical-care, true,  HIGH,   clinicians",
      "clinical-care, false, MEDIUM, clinicians",
      "billing,       false, LOW,    billing",
      "staff-conduct, false, MEDIUM, practice-managers",
      "access,        false, LOW,    practice-managers",
      "access,        true,  HIGH,   practice-managers",
      "communication, false, LOW,    practice-managers",
      "facilities,    false, LOW,    practice-managers",
      "other,         false, LOW,    practice-managers"})
  void routesEachCategoryToItsOwningGroup(String category, boolean harm, String severity, String group) {
    var result = decisionService.evaluateDecisionByKey(ComplaintResolutionProcess.TRIAGE_DECISION)
        .variables(Variables.createVariables().putValue("category", category).putValue("harmAlleged", harm))
        .evaluate().getSingleResult();

    assertThat(result.<String>getEntry("severity")).isEqualTo(severity);
    assertThat(result.<String>getEntry("ownerGroup")).isEqualTo(group);
  }
}
