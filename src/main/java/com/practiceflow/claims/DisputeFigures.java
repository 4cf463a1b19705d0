package com.practiceflow.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a practice manager watches: open disputes by bucket and age band, money at stake, what falls due soon. */
public record DisputeFigures(Map<String, Map<String, Long>> openByBucketAndAge, BigDecimal amountAtStake,
    List<Deadline> deadlinesInNext14Days, double overturnRate, int appealsDecided, BigDecimal amountRecovered) {

  /** A dispute's next deadline. */
  public record Deadline(String reference, String bucket, LocalDate due) {
  }
}
