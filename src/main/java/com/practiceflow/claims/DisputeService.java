package com.practiceflow.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.practiceflow.records.CaseReferences;
import com.practiceflow.records.Jpql;
import com.practiceflow.records.RecordsByReference;

/** Keeps the dispute record and its appeal levels; computes the figures a manager watches. */
@Service
@Transactional
public class DisputeService {

  public static final String REFERENCE_PREFIX = "DSP";
  private static final String APPEAL_AT_LEVEL = "select a from Appeal a where a.disputeId = ?1 and a.level = ?2";

  private final Disputes disputes;
  private final Appeals appeals;
  private final CaseReferences references;
  private final RecordsByReference lookup;
  private final Jpql jpql;

  DisputeService(Disputes disputes, Appeals appeals, CaseReferences references, RecordsByReference lookup,
      Jpql jpql) {
    this.disputes = disputes;
    this.appeals = appeals;
    this.references = references;
    this.lookup = lookup;
    this.jpql = jpql;
  }

  public Dispute open(Dispute.Type type, DisputeFacts facts, String sourceKey, LocalDate today) {
    return disputes.save(new Dispute(references.next(REFERENCE_PREFIX, today.getYear()), sourceKey, type, facts,
        Instant.now()));
  }

  public boolean alreadyOpened(String sourceKey) {
    return disputes.existsBySourceKey(sourceKey);
  }

  public void startedAs(Long id, String processInstanceId) {
    get(id).startedAs(processInstanceId);
  }

  public void triaged(Long id, String bucket, String ownerGroup, String nextStep) {
    get(id).triaged(bucket, ownerGroup, nextStep);
  }

  public void step(Long id, Dispute.Status status, LocalDate deadline) {
    get(id).step(status, deadline);
  }

  public Appeal prepareLevel(Long id, int level, LocalDate filingDeadline) {
    get(id).appealLevel(level, filingDeadline);
    return atLevel(id, level).orElseGet(() -> appeals.save(new Appeal(id, level, filingDeadline)));
  }

  public void appealFiled(Long id, int level, LocalDate on, String payerReference, LocalDate decisionDue) {
    appeal(id, level).filed(on, payerReference, decisionDue);
    get(id).step(Dispute.Status.APPEALED, decisionDue);
  }

  public void appealDecided(Long id, int level, LocalDate on, String outcome, BigDecimal recovered) {
    appeal(id, level).decided(on, outcome, recovered);
    if (recovered != null && recovered.signum() > 0) {
      get(id).recovered(recovered);
    }
  }

  public void recovered(Long id, BigDecimal amount) {
    if (amount != null && amount.signum() > 0) {
      get(id).recovered(amount);
    }
  }

  public void writtenOff(Long id, BigDecimal amount) {
    get(id).writtenOff(amount);
  }

  public void closed(Long id, BigDecimal finalAmount, String rootCause, LocalDate on) {
    get(id).closed(finalAmount, rootCause, on);
  }

  @Transactional(readOnly = true)
  public Dispute get(Long id) {
    return disputes.findById(id).orElseThrow(() -> new IllegalStateException("No dispute #" + id));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Dispute> byReference(String reference) {
    return lookup.find(Dispute.class, reference);
  }

  @Transactional(readOnly = true)
  public List<Appeal> appeals(Long id) {
    return appeals.findByDisputeIdOrderByLevel(id);
  }

  /** Open disputes by bucket and age, amount at stake, deadlines in the next 14 days, overturn rate, recovered. */
  @Transactional(readOnly = true)
  public DisputeFigures figures(LocalDate today) {
    List<Dispute> all = disputes.findAll();
    Map<String, Map<String, Long>> openByBucket = new TreeMap<>();
    BigDecimal atStake = BigDecimal.ZERO;
    List<DisputeFigures.Deadline> soon = new java.util.ArrayList<>();
    BigDecimal recovered = BigDecimal.ZERO;
    for (Dispute d : all) {
      if (d.getAmountRecovered() != null) {
        recovered = recovered.add(d.getAmountRecovered());
      }
      if (d.getStatus() == Dispute.Status.CLOSED || d.getStatus() == Dispute.Status.WRITTEN_OFF) {
        continue;
      }
      atStake = atStake.add(d.getAmountAtStake());
      long age = ChronoUnit.DAYS.between(d.getNoticeDate(), today);
      String band = age <= 30 ? "0-30" : age <= 60 ? "31-60" : age <= 90 ? "61-90" : "over-90";
      openByBucket.computeIfAbsent(d.getBucket() == null ? "untriaged" : d.getBucket(), b -> new LinkedHashMap<>())
          .merge(band, 1L, Long::sum);
      if (d.getCurrentDeadline() != null && !d.getCurrentDeadline().isAfter(today.plusDays(14))) {
        soon.add(new DisputeFigures.Deadline(d.getReference(), d.getBucket(), d.getCurrentDeadline()));
      }
    }
    soon.sort(java.util.Comparator.comparing(DisputeFigures.Deadline::due));
    List<Appeal> decided = appeals.findAll().stream().filter(a -> a.getOutcome() != null).toList();
    long won = decided.stream().filter(a -> a.getOutcome().contains("overturned")).count();
    return new DisputeFigures(openByBucket, atStake, soon, decided.isEmpty() ? 0.0 : (double) won / decided.size(),
        decided.size(), recovered);
  }

  private Appeal appeal(Long id, int level) {
    return atLevel(id, level)
        .orElseThrow(() -> new IllegalStateException("Dispute #" + id + " has no appeal level " + level));
  }

  private java.util.Optional<Appeal> atLevel(Long id, int level) {
    return jpql.first(Appeal.class, APPEAL_AT_LEVEL, id, level);
  }
}
