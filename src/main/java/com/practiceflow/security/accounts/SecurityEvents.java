package com.practiceflow.security.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Login locks and unlocks, kept for the managers ({@code GET /api/security/events}); the log carries only ids. */
@Component
public class SecurityEvents {

  private final JdbcTemplate jdbc;

  SecurityEvents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long record(String kind, String account, String source, int failures, Instant lockedUntil) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("insert into security_event (occurred_at, kind, account, source,"
          + " failures, locked_until) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
      insert.setString(2, kind);
      insert.setString(3, account.substring(0, Math.min(255, account.length())));
      insert.setString(4, source);
      insert.setInt(5, failures);
      insert.setTimestamp(6, lockedUntil == null ? null : Timestamp.from(lockedUntil));
      return insert;
    }, key);
    return key.getKey() == null ? 0 : key.getKey().longValue();
  }

  /** One lock or unlock, as the managers see it. */
  public record Event(long id, Instant at, String kind, String account, String source, int failures,
      Instant lockedUntil) {
  }

  /** The latest events, newest first. */
  public List<Event> latest(int limit) {
    return jdbc.query("select id, occurred_at, kind, account, source, failures, locked_until from security_event"
        + " order by id desc limit ?", (row, n) -> new Event(row.getLong(1), row.getTimestamp(2).toInstant(),
            row.getString(3), row.getString(4), row.getString(5), row.getInt(6),
            row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant()), Math.max(1, Math.min(limit, 500)));
  }
}
