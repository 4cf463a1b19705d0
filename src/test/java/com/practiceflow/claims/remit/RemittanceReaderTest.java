package com.practiceflow.claims.remit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.practiceflow.claims.remit.RemittanceAdvice.Adjustment;
import com.practiceflow.claims.remit.RemittanceAdvice.ClaimPayment;
import com.practiceflow.claims.remit.RemittanceAdvice.ServiceLine;

class RemittanceReaderTest {

  private final RemittanceReader reader = new RemittanceReader();

  static byte[] file(String name) {
    return com.practiceflow.SampleFiles.remittance(name);
  }

  @Test
  void readsPayerTraceClaimsLinesAdjustmentsAndRemarks() {
    List<RemittanceAdvice> advices = reader.read(file("medicare-part-b-2026-11-20.835"));

    assertThat(advices).singleElement().satisfies(advice -> {
      assertThat(advice.payerId()).isEqualTo("01112");
      assertThat(advice.payerName()).isEqualTo("MEDICARE PART B NORIDIAN JE");
      assertThat(advice.traceNumber()).isEqualTo("EFT20261120001");
      assertThat(advice.paymentDate()).isEqualTo("2026-11-20");
      assertThat(advice.totalPaid()).isEqualByComparingTo("184.00");
      assertThat(advice.claims()).extracting(ClaimPayment::claimId).containsExactly("CLM1001", "CLM1002", "CLM1003");
    });
    ClaimPayment first = advices.get(0).claims().get(0);
    assertThat(first.payerClaimNumber()).isEqualTo("26320000000101");
    assertThat(first.lines()).extracting(ServiceLine::procedureCode).containsExactly("99214", "93000");
    ServiceLine paid = first.lines().get(0);
    assertThat(paid.allowed()).isEqualByComparingTo("120.00");
    assertThat(paid.adjustments()).containsExactly(new Adjustment("CO", "45", new BigDecimal("30.00")),
        new Adjustment("PR", "2", new BigDecimal("24.00")));
    ServiceLine denied = first.lines().get(1);
    assertThat(denied.paid()).isEqualByComparingTo("0");
    assertThat(denied.remarks()).containsExactly("N115");
    assertThat(denied.serviceDate()).isEqualTo("2026-10-01");
    ServiceLine twoReasons = advices.get(0).claims().get(1).lines().get(0);
    assertThat(twoReasons.adjustments()).extracting(Adjustment::reason).containsExactly("16", "252");
    assertThat(advices.get(0).claims().get(1).lines().get(1).modifiers()).isEqualTo("QW");
  }

  @Test
  void readsACommercialRemittance() {
    RemittanceAdvice advice = reader.read(file("unitedhealthcare-2026-11-21.835")).get(0);
    assertThat(advice.payerId()).isEqualTo("87726");
    assertThat(advice.claims()).hasSize(2);
    assertThat(advice.claims().get(0).lines().get(0).adjustments()).extracting(Adjustment::reason).containsExactly("197");
  }

  @Test
  void anAmountThatIsNotANumberIsRefusedNamingTheSegment() {
    assertThatThrownBy(() -> reader.read(file("malformed-amount.835")))
        .isInstanceOf(MalformedRemittanceException.class).hasMessageContaining("SVC").hasMessageContaining("9G.00");
  }

  @Test
  void aCutOffFileIsRefused() {
    assertThatThrownBy(() -> reader.read(file("malformed-truncated.835")))
        .isInstanceOf(MalformedRemittanceException.class).hasMessageContaining("Segment");
  }

  @Test
  void aWrongSegmentCountIsRefused() {
    assertThatThrownBy(() -> reader.read(file("malformed-segment-count.835")))
        .isInstanceOf(MalformedRemittanceException.class).hasMessageContaining("SE");
  }

  @Test
  void anotherTransactionTypeIsRefused() {
    assertThatThrownBy(() -> reader.read(file("not-a-remittance.835")))
        .isInstanceOf(MalformedRemittanceException.class).hasMessageContaining("837");
  }
}
