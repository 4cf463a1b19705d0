package com.practiceflow.security;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who an own task was made for and who completed it ({@code own_task}), recorded by {@link OwnTaskGuard} in the
 * engine's transaction. What a case's own record says about a person's acknowledgement comes from here.
 */
@Component
public class OwnTasks {

  private final JdbcTemplate jdbc;

  OwnTasks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void madeFor(String taskId, String processInstanceId, String userId) {
    jdbc.update("insert into own_task (task_id, process_instance_id, owner_user_id, created_at) values (?, ?, ?, ?)",
        taskId, processInstanceId, userId, now());
  }

  Optional<String> ownerOf(String taskId) {
    return first(jdbc.queryForList("select owner_user_id from own_task where task_id = ?", String.class, taskId));
  }

  /** Records the completer; a task made before owners were recorded gets its row now. */
  void completedBy(String taskId, String processInstanceId, String owner, String userId) {
    Timestamp now = now();
    if (jdbc.update("update own_task set completed_by = ?, completed_at = ? where task_id = ?", userId, now,
        taskId) == 0) {
      jdbc.update("insert into own_task (task_id, process_instance_id, owner_user_id, created_at, completed_by,"
          + " completed_at) values (?, ?, ?, ?, ?, ?)", taskId, processInstanceId, owner, now, userId, now);
    }
  }

  /** The person who completed the case's latest own task, as the guard verified them. */
  public Optional<String> completerIn(String processInstanceId) {
    return first(jdbc.queryForList("select completed_by from own_task where process_instance_id = ? and completed_by"
        + " is not null order by completed_at desc", String.class, processInstanceId));
  }

  private static Optional<String> first(List<String> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
