package com.practiceflow.operations;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's own schema lacks for the way practice staff read their work: open tasks soonest deadline first
 * (the console's My work and Tasklist's "due date" sorting), which without it sorts a team's whole backlog for
 * every page. Flyway cannot make them: its migrations run before the engine has created its tables. Written in the
 * syntax H2 and PostgreSQL share; {@code if not exists} makes every later start a no-op.
 */
@Component
@Order(4)
class EngineIndexes implements ApplicationRunner {

  static final List<String> INDEXES = List.of(
      "create index if not exists pf_idx_task_due on ACT_RU_TASK"
          + " (DUE_DATE_ asc nulls last, CREATE_TIME_ asc, ID_ asc)");

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private final JdbcTemplate jdbc;
  private final StartupLock startupLock;

  EngineIndexes(JdbcTemplate jdbc, StartupLock startupLock) {
    this.jdbc = jdbc;
    this.startupLock = startupLock;
  }

  @Override
  public void run(ApplicationArguments args) {
    startupLock.holding(() -> INDEXES.forEach(jdbc::execute));
    LOG.info("Engine tables: {} PracticeFlow indexes in place", INDEXES.size());
  }
}
