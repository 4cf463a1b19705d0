package com.practiceflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.practiceflow.PracticeFlowTest;

/** Open work soonest deadline first reads the first page from an index instead of sorting the whole backlog. */
@PracticeFlowTest
class EngineIndexesTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void openTasksByDeadlineAreReadInIndexOrder() {
    String plan = String.join("\n", jdbc.queryForList("explain select ID_ from ACT_RU_TASK"
        + " order by DUE_DATE_ asc nulls last, CREATE_TIME_ asc, ID_ limit 100", String.class));
    assertThat(plan).containsIgnoringCase("pf_idx_task_due").contains("index sorted");
  }
}
