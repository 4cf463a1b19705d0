package com.practiceflow.operations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a start-up step in one transaction holding the {@code startup} row lock of {@code cluster_lock}: a second
 * node starting at the same moment waits, then finds the groups, filters or deployment already there. Without it,
 * two nodes seeding an empty database create every filter twice.
 */
@Component
public class StartupLock {

  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;

  StartupLock(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.jdbc = jdbc;
  }

  public void holding(Runnable step) {
    transaction.executeWithoutResult(status -> {
      jdbc.queryForList("select name from cluster_lock where name = 'startup' for update");
      step.run();
    });
  }
}
