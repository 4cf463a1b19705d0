package com.practiceflow.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;

/** The managers' tables: every triage bucket, the seeded payers' windows, the contracted rates. */
@PracticeFlowTest
class ClaimTablesTest {

  @Autowired
  DecisionService decisions;
  @Autowired
  ClaimRules rules;

  @ParameterizedTest(name = "{0} {1} {2}-{3} {4} -> {5}")
  @CsvSource({
      "UNDERPAYMENT, commercial,     CO, 45,  '',   underpayment,        billing,           appeal",
      "DENIAL,       commercial,     CO, 45,  N830, no-surprises-act,    billing,           nsa",
      "DENIAL,       medicare-ffs,   CO, 29,  '',   timely-filing,       practice-managers, write-off",
      "DENIAL,       commercial,     CO, 18,  '',   duplicate,           billing,           write-off",
      "DENIAL,       commercial,     CO, 27,  '',   eligibility,         front-desk,        resubmit",
      "DENIAL,       commercial,     CO, 197, N54,  prior-authorization, billing,           appeal",
      "DENIAL,       medicare-ffs,   CO, 50,  N115, medical-necessity,   billing,           appeal",
      "DENIAL,       medicare-ffs,   CO, 4,   '',   coding,              billing,           reopen",
      "DENIAL,       commercial,     CO, 4,   '',   coding,              billing,           resubmit",
      "DENIAL,       commercial,     CO, 16,  M51,  missing-information, billing,           resubmit",
      "DENIAL,       commercial,     CO, 96,  '',   non-covered,         billing,           write-off",
      "DENIAL,       commercial,     OA, 23,  '',   other,               billing,           appeal"})
  void triageSendsEachBucketToItsOwnerAndNextStep(String type, String product, String group, String carc, String rarc,
      String bucket, String owner, String next) {
    var row = decisions.evaluateDecisionTableByKey(ClaimDisputeProcess.TRIAGE_DECISION, Map.of("disputeType", type,
        "product", product, "groupCode", group, "carc", carc, "rarc", rarc)).getFirstResult();
    assertThat(row.<String>getEntry("bucket")).isEqualTo(bucket);
    assertThat(row.<String>getEntry("ownerGroup")).isEqualTo(owner);
    assertThat(row.<String>getEntry("nextStep")).isEqualTo(next);
  }

  @Test
  void seededPayersCarryTheirAppealWindows() {
    PayerRules medicare = rules.payer("01112");
    assertThat(medicare.product()).isEqualTo("medicare-ffs");
    assertThat(medicare.windowForLevel(1)).isEqualTo(120);
    assertThat(medicare.windowForLevel(2)).isEqualTo(180);
    assertThat(medicare.windowForLevel(3)).isEqualTo(60);
    assertThat(medicare.level3Minimum()).isEqualByComparingTo("200");
    assertThat(medicare.noticeToReceiptDays()).isEqualTo(5);
    assertThat(rules.payer("61101").windowForLevel(1)).isEqualTo(60);
    assertThat(rules.payer("61101").windowForLevel(2)).isZero();
    assertThat(rules.payer("87726").windowForLevel(1)).isEqualTo(65);
    assertThat(rules.payer("62308").windowForLevel(1)).isEqualTo(180);
    assertThat(rules.payer("99999").payerKey()).isEqualTo("commercial-default");
  }

  @Test
  void contractedRatesPerPayerAndCode() {
    assertThat(rules.contracted("medicare-part-b", "99213")).isEqualByComparingTo("130.00");
    assertThat(rules.contracted("commercial-uhc", "99285")).isEqualByComparingTo("180.00");
    assertThat(rules.contracted("commercial-cigna", "99285")).isNull();
  }
}
