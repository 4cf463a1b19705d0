package com.practiceflow.claims;

import java.math.BigDecimal;

/** One payer's rules from {@code payer-rules.dmn}: windows in days (0 = no such appeal level). */
public record PayerRules(String payerKey, String payerName, String product, int level1Days, int level2Days,
    int level3Days, int decisionDays, int correctedClaimDays, int timelyFilingDays, int noticeToReceiptDays,
    BigDecimal level3Minimum) {

  public int windowForLevel(int level) {
    return switch (level) {
      case 1 -> level1Days;
      case 2 -> level2Days;
      case 3 -> level3Days;
      default -> 0;
    };
  }
}
