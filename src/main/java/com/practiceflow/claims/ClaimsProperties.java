package com.practiceflow.claims;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code practiceflow.claims.*}: when a paid line counts as underpaid (short of the contracted amount by more than
 * both tolerances), and from which amount a write-off needs a practice manager's approval.
 */
@ConfigurationProperties("practiceflow.claims")
public class ClaimsProperties {

  private BigDecimal underpaymentToleranceAmount = new BigDecimal("5.00");
  private BigDecimal underpaymentTolerancePercent = new BigDecimal("2");
  private BigDecimal writeOffApprovalThreshold = new BigDecimal("100.00");

  public boolean underpaid(BigDecimal allowed, BigDecimal contracted) {
    BigDecimal shortfall = contracted.subtract(allowed);
    BigDecimal percent = contracted.signum() == 0 ? BigDecimal.ZERO
        : shortfall.multiply(BigDecimal.valueOf(100)).divide(contracted, 2, java.math.RoundingMode.HALF_UP);
    return shortfall.compareTo(underpaymentToleranceAmount) > 0 && percent.compareTo(underpaymentTolerancePercent) > 0;
  }

  public BigDecimal getUnderpaymentToleranceAmount() { return underpaymentToleranceAmount; }
  public void setUnderpaymentToleranceAmount(BigDecimal v) { underpaymentToleranceAmount = v; }
  public BigDecimal getUnderpaymentTolerancePercent() { return underpaymentTolerancePercent; }
  public void setUnderpaymentTolerancePercent(BigDecimal v) { underpaymentTolerancePercent = v; }
  public BigDecimal getWriteOffApprovalThreshold() { return writeOffApprovalThreshold; }
  public void setWriteOffApprovalThreshold(BigDecimal v) { writeOffApprovalThreshold = v; }
}
