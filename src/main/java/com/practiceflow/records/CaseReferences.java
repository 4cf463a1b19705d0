package com.practiceflow.records;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the next reference for a prefix and year ({@code CMP-2026-0001}). Concurrent requests (also on several
 * nodes) serialize on the counter row's lock and never share a number. The counter is updated in a transaction of
 * its own: held until the caller's commit, the lock made every start of a case wait for the one before it
 * (docs/benchmarks.md). A start that fails afterwards leaves a gap in the numbers, never a duplicate.
 */
@Component
public class CaseReferences {

  private final JdbcTemplate jdbc;

  CaseReferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public String next(String prefix, int year) {
    int updated = jdbc.update(
        "update case_reference_counter set last_value = last_value + 1 where prefix = ? and ref_year = ?", prefix, year);
    if (updated == 0) {
      try {
        jdbc.update("insert into case_reference_counter (prefix, ref_year, last_value) values (?, ?, 1)", prefix, year);
      } catch (DuplicateKeyException concurrentFirst) {
        // another transaction opened the year at the same moment: take the next number after it
        jdbc.update("update case_reference_counter set last_value = last_value + 1 where prefix = ? and ref_year = ?",
            prefix, year);
      }
    }
    Long value = jdbc.queryForObject(
        "select last_value from case_reference_counter where prefix = ? and ref_year = ?", Long.class, prefix, year);
    return String.format("%s-%d-%04d", prefix, year, value);
  }
}
