package com.practiceflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a dispute starts from: the claim line, its payer, its codes and amounts, and its dates. */
public record DisputeFacts(String payerKey, String payerName, String product, String claimRef, String payerClaimNumber,
    String procedureCode, LocalDate serviceDate, BigDecimal billed, BigDecimal allowed, BigDecimal paid,
    BigDecimal expected, BigDecimal amountAtStake, String groupCode, String carc, String rarc, LocalDate noticeDate,
    LocalDate receivedOn, LocalDate timelyFilingDeadline, Long serviceLineId) {
}
