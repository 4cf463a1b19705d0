package com.practiceflow.operations;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL plan the engine's authorization-checked task queries (Tasklist's lists and counts) from real
 * figures. Those queries test {@code PERMS_ & bit = bit} on ACT_RU_AUTHORIZATION, which holds a row per task and
 * candidate group; without statistics on those expressions the planner guesses 50 matching rows where there are
 * 10,000 and joins every task with every grant: 13 s instead of 0.15 s for a page's list query
 * (docs/benchmarks.md). The statistics need ANALYZE, which autovacuum runs; start-up warns when it is off. The
 * matching session settings (jit, random_page_cost) are connection options of the {@code postgres} profile, the plan
 * cache mode is set per caller ({@link PlanCacheModes}); start-up reports whether they hold.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "camunda.bpm.database.type", havingValue = "postgres")
class PostgresPlanner implements ApplicationRunner {

  /** READ, READ_TASK, READ_INSTANCE, READ_HISTORY: the bits task, variable and history queries check. */
  static final List<Integer> PERMISSION_BITS = List.of(2, 64, 512, 4096);

  private static final Logger LOG = LoggerFactory.getLogger(PostgresPlanner.class);

  private final JdbcTemplate jdbc;
  private final StartupLock startupLock;
  private final boolean freshPlansForRequests;

  PostgresPlanner(JdbcTemplate jdbc, StartupLock startupLock) {
    this.jdbc = jdbc;
    this.startupLock = startupLock;
    this.freshPlansForRequests = jdbc.getDataSource() instanceof PlanCacheModes;
  }

  @Override
  public void run(ApplicationArguments args) {
    startupLock.holding(() -> {
      for (int bit : PERMISSION_BITS) {
        jdbc.execute("create statistics if not exists act_stat_auth_perms_" + bit + " on (perms_ & " + bit
            + ") from act_ru_authorization");
      }
      jdbc.execute("analyze act_ru_authorization");
    });
    String planCache = jdbc.queryForObject("show plan_cache_mode", String.class);
    String jit = jdbc.queryForObject("show jit", String.class);
    String pageCost = jdbc.queryForObject("show random_page_cost", String.class);
    String autovacuum = jdbc.queryForObject("show autovacuum", String.class);
    LOG.info("PostgreSQL planner: plan_cache_mode={} ({} for web requests), jit={}, random_page_cost={}, "
        + "autovacuum={}, statistics on {} permission bits", planCache,
        freshPlansForRequests ? PlanCacheModes.FRESH : planCache, jit, pageCost, autovacuum, PERMISSION_BITS.size());
    if (!freshPlansForRequests || !"off".equals(jit) || !"1.1".equals(pageCost)) {
      LOG.warn("PostgreSQL connections lack the options '-c jit=off -c random_page_cost=1.1' or fresh plans for "
          + "web requests: Tasklist's task lists can take seconds instead of milliseconds (see the README's "
          + "PostgreSQL section)");
    }
    if ("off".equals(autovacuum)) {
      LOG.warn("PostgreSQL autovacuum is off: table statistics go stale as cases accumulate and task queries "
          + "slow down; turn it on or run ANALYZE regularly");
    }
  }
}
