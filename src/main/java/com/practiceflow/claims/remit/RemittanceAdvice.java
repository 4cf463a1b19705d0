package com.practiceflow.claims.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One 835 transaction: who paid, when, under which trace number, and the claims it settles. */
public record RemittanceAdvice(String payerName, String payerId, String traceNumber, LocalDate paymentDate,
    BigDecimal totalPaid, List<ClaimPayment> claims) {

  /** One claim (CLP) and its service lines. */
  public record ClaimPayment(String claimId, String status, BigDecimal billed, BigDecimal paid,
      BigDecimal patientResponsibility, String payerClaimNumber, String memberId, LocalDate serviceDate,
      List<ServiceLine> lines) {
  }

  /** One service line (SVC) with its adjustments (CAS) and remark codes (LQ). */
  public record ServiceLine(int number, String procedureCode, String modifiers, BigDecimal billed, BigDecimal paid,
      BigDecimal allowed, int units, LocalDate serviceDate, List<Adjustment> adjustments, List<String> remarks) {
  }

  /** A CAS triple: group code (CO, PR, OA, PI, CR), claim adjustment reason code, amount. */
  public record Adjustment(String group, String reason, BigDecimal amount) {
  }
}
