package com.practiceflow.claims;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.practiceflow.claims.remit.RemittanceAdvice;
import com.practiceflow.claims.remit.RemittanceAdvice.Adjustment;
import com.practiceflow.claims.remit.RemittanceAdvice.ClaimPayment;
import com.practiceflow.claims.remit.RemittanceAdvice.ServiceLine;
import com.practiceflow.claims.remit.RemittanceReader;

/**
 * Imports an 835: every claim and line is recorded; each denied line, and each paid line allowed below its contracted
 * amount beyond the tolerance, opens one dispute and starts its process. All in one transaction: a malformed file
 * or any failure leaves nothing behind, and the same file (or the same claim line) never opens a second dispute.
 */
@Service
public class RemittanceImport {

  private static final Logger LOG = LoggerFactory.getLogger(RemittanceImport.class);

  /** What an import did. */
  public record Result(Long remittanceId, boolean duplicate, int claims, List<String> disputes) {
  }

  private final RemittanceReader reader;
  private final Remittances remittances;
  private final ClaimRecords claims;
  private final ServiceLines lines;
  private final DisputeService disputes;
  private final DisputeStarter starter;
  private final ClaimRules rules;
  private final ClaimsProperties properties;

  RemittanceImport(RemittanceReader reader, Remittances remittances, ClaimRecords claims, ServiceLines lines,
      DisputeService disputes, DisputeStarter starter, ClaimRules rules, ClaimsProperties properties) {
    this.reader = reader;
    this.remittances = remittances;
    this.claims = claims;
    this.lines = lines;
    this.disputes = disputes;
    this.starter = starter;
    this.rules = rules;
    this.properties = properties;
  }

  @Transactional
  public Result importFile(byte[] file, String fileName, String user, LocalDate today) {
    String checksum = checksum(file);
    var existing = remittances.findByChecksum(checksum);
    if (existing.isPresent()) {
      return new Result(existing.get().getId(), true, 0, List.of());
    }
    List<RemittanceAdvice> advices = reader.read(file);
    RemittanceAdvice first = advices.get(0);
    Remittance remittance = remittances.save(new Remittance(checksum, fileName, first.traceNumber(), first.payerId(),
        first.payerName(), first.paymentDate(), Instant.now(), user));
    int claimCount = 0;
    List<String> opened = new ArrayList<>();
    for (RemittanceAdvice advice : advices) {
      PayerRules payer = rules.payer(advice.payerId());
      LocalDate notice = advice.paymentDate() != null ? advice.paymentDate() : today;
      for (ClaimPayment claim : advice.claims()) {
        ClaimRecord record = claims.save(new ClaimRecord(remittance.getId(), claim.claimId(), claim.payerClaimNumber(),
            claim.status(), claim.billed(), claim.paid(), claim.patientResponsibility(), claim.memberId(),
            claim.serviceDate()));
        claimCount++;
        for (ServiceLine line : claim.lines()) {
          ServiceLineRecord saved = lines.save(new ServiceLineRecord(record.getId(), line.number(),
              line.procedureCode(), line.modifiers(), line.billed(), line.allowed(), line.paid(), line.units(),
              line.serviceDate(), adjustments(line.adjustments()), String.join(",", line.remarks())));
          String key = advice.payerId() + "|" + advice.traceNumber() + "|" + claim.claimId() + "|" + line.number();
          Dispute dispute = disputeFor(payer, advice, claim, line, saved, key, notice, today);
          if (dispute != null) {
            starter.start(dispute, advice.payerId());
            opened.add(dispute.getReference());
          }
        }
      }
    }
    LOG.info("Imported remittance {} ({} claims): {} dispute(s) opened", remittance.getId(), claimCount, opened.size());
    return new Result(remittance.getId(), false, claimCount, opened);
  }

  private Dispute disputeFor(PayerRules payer, RemittanceAdvice advice, ClaimPayment claim, ServiceLine line,
      ServiceLineRecord saved, String key, LocalDate notice, LocalDate today) {
    if (disputes.alreadyOpened(key)) {
      return null;
    }
    List<Adjustment> payerSide = line.adjustments().stream().filter(a -> !"PR".equals(a.group())).toList();
    Dispute.Type type;
    Adjustment main;
    BigDecimal expected = rules.contracted(payer.payerKey(), line.procedureCode());
    BigDecimal atStake;
    if (line.paid().signum() == 0 && !payerSide.isEmpty()) {
      type = Dispute.Type.DENIAL;
      main = payerSide.stream().max(Comparator.comparing(Adjustment::amount)).orElseThrow();
      atStake = payerSide.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    } else if (line.paid().signum() > 0 && expected != null && line.allowed() != null
        && properties.underpaid(line.allowed(), expected)) {
      type = Dispute.Type.UNDERPAYMENT;
      main = payerSide.isEmpty() ? new Adjustment("CO", "45", BigDecimal.ZERO) : payerSide.get(0);
      atStake = expected.subtract(line.allowed());
    } else {
      return null;
    }
    LocalDate serviceDate = line.serviceDate();
    DisputeFacts facts = new DisputeFacts(payer.payerKey(), advice.payerName(), payer.product(), claim.claimId(),
        claim.payerClaimNumber(), line.procedureCode(), serviceDate, line.billed(), line.allowed(), line.paid(),
        expected, atStake, main.group(), main.reason(), line.remarks().isEmpty() ? null : line.remarks().get(0),
        notice, notice.plusDays(payer.noticeToReceiptDays()),
        serviceDate == null ? null : serviceDate.plusDays(payer.timelyFilingDays()), saved.getId());
    return disputes.open(type, facts, key, today);
  }

  private static String adjustments(List<Adjustment> adjustments) {
    return adjustments.stream().map(a -> a.group() + "-" + a.reason() + ":" + a.amount().toPlainString())
        .collect(Collectors.joining(";"));
  }

  private static String checksum(byte[] file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
