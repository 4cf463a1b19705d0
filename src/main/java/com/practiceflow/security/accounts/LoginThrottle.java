package com.practiceflow.security.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins per account and client address. Each wrong password locks that address out of that account for
 * a delay that doubles from one second up to 15 minutes; the right password from elsewhere still works, so no one
 * can lock a colleague out for good. Twenty failures within 15 minutes from any addresses slow the account itself
 * to one try a minute (a guess spread over many machines). A success clears its address. Kept in the database, so
 * every node of a cluster counts the same attempts; written in a transaction of its own, so a lock holds whatever
 * the login's own transaction does.
 */
@Component
public class LoginThrottle {

  static final String EVERY_ADDRESS = "*";
  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  private static final long MAX_DELAY_SECONDS = 900;
  private static final int SPREAD_FAILURES = 20;
  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration SPREAD_DELAY = Duration.ofMinutes(1);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate own;
  private final SecurityEvents events;

  LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, SecurityEvents events) {
    this.jdbc = jdbc;
    this.events = events;
    this.own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Whether a password may be tried now for this account from this address. */
  boolean mayTry(String account, String source) {
    Timestamp now = Timestamp.from(now());
    Integer locks = jdbc.queryForObject("select count(*) from login_throttle where account = ? and source in (?, ?)"
        + " and locked_until > ?", Integer.class, account, source, EVERY_ADDRESS, now);
    return locks == null || locks == 0;
  }

  void failed(String account, String source) {
    own.executeWithoutResult(status -> {
      Instant now = now();
      int failures = count(account, source, now);
      long delay = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(failures - 1, 20));
      Instant until = now.plusSeconds(delay);
      jdbc.update("update login_throttle set locked_until = ? where account = ? and source = ?",
          Timestamp.from(until), account, source);
      long id = events.record("locked", account, source, failures, until);
      LOG.info("Login refused: next try from {} in {} s, after {} failed attempts (security event {})", source,
          delay, failures, id);
      spread(account, now);
    });
  }

  void succeeded(String account, String source) {
    own.executeWithoutResult(status ->
        jdbc.update("delete from login_throttle where account = ? and source = ?", account, source));
  }

  /** An administrator's unlock: every address may try again at once. */
  public int unlock(String account, String by) {
    Integer rows = own.execute(status -> jdbc.update("delete from login_throttle where account = ?", account));
    events.record("unlocked", account, by == null ? EVERY_ADDRESS : "by " + by, 0, null);
    return rows == null ? 0 : rows;
  }

  /** The accounts some address is locked out of now. */
  public List<String> lockedAccounts() {
    return jdbc.queryForList("select distinct account from login_throttle where locked_until > ? order by account",
        String.class, Timestamp.from(now()));
  }

  private void spread(String account, Instant now) {
    Integer recent = jdbc.queryForObject("select coalesce(sum(failures), 0) from login_throttle where account = ?"
        + " and source <> ? and last_failure_at > ?", Integer.class, account, EVERY_ADDRESS,
        Timestamp.from(now.minus(WINDOW)));
    if (recent != null && recent >= SPREAD_FAILURES) {
      Instant until = now.plus(SPREAD_DELAY);
      count(account, EVERY_ADDRESS, now);
      jdbc.update("update login_throttle set locked_until = ? where account = ? and source = ?",
          Timestamp.from(until), account, EVERY_ADDRESS);
      long id = events.record("slowed", account, EVERY_ADDRESS, recent, until);
      LOG.warn("Login refused from every address for {} s: {} failed attempts in 15 minutes (security event {})",
          SPREAD_DELAY.toSeconds(), recent, id);
    }
  }

  /** Adds a failure and returns the count; a row two requests create at once is simply updated. */
  private int count(String account, String source, Instant now) {
    Timestamp at = Timestamp.from(now);
    if (jdbc.update("update login_throttle set failures = failures + 1, last_failure_at = ? where account = ?"
        + " and source = ?", at, account, source) == 0) {
      try {
        jdbc.update("insert into login_throttle (account, source, failures, last_failure_at) values (?, ?, 1, ?)",
            account, source, at);
      } catch (DuplicateKeyException concurrent) {
        jdbc.update("update login_throttle set failures = failures + 1, last_failure_at = ? where account = ?"
            + " and source = ?", at, account, source);
      }
    }
    return jdbc.queryForObject("select failures from login_throttle where account = ? and source = ?",
        Integer.class, account, source);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
