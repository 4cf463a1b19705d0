package com.practiceflow.records;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the next reference for a prefix and year ({@code CMP-2026-0001}). Concurrent requests (also on several
 * nodes) serialize on the counter row's lock and never share a number. The counter is updated in a transaction of
 * its own: held until the caller's commit, the lock made every start of a case wait for the one before it
 * (docs/benchmarks.md). A start that fails afterwards leaves a gap in the numbers, never a duplicate.
 */
@Component
public class CaseReferences {

  private static final String INCREMENT =
      "update case_reference_counter set last_value = last_value + 1 where prefix = ? and ref_year = ?";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public CaseReferences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(String prefix, int year) {
    long value;
    try {
      value = ownTransaction.execute(status -> increment(prefix, year));
    } catch (DuplicateKeyException concurrentFirst) {
      // another transaction opened the year at the same moment; PostgreSQL has aborted this one, so the retry
      // needs a transaction of its own, and finds the row there
      value = ownTransaction.execute(status -> increment(prefix, year));
    }
    return String.format("%s-%d-%04d", prefix, year, value);
  }

  private long increment(String prefix, int year) {
    if (jdbc.update(INCREMENT, prefix, year) == 0) {
      jdbc.update("insert into case_reference_counter (prefix, ref_year, last_value) values (?, ?, 1)", prefix, year);
    }
    return jdbc.queryForObject("select last_value from case_reference_counter where prefix = ? and ref_year = ?",
        Long.class, prefix, year);
  }
}
