package com.practiceflow.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * PostgreSQL's plan cache mode chosen per caller. A web request (Tasklist's lists and counts among them) gets a fresh
 * plan for every statement: the engine passes the permission bits of its authorization check as parameters, and a
 * cached generic plan cannot use the statistics {@link PostgresPlanner} keeps on them (14 s a page instead of
 * 0.15 s). Background work (the job executor, start-up) keeps PostgreSQL's default, which reuses plans: planning
 * every statement afresh cost the escalation sweep about a quarter of its time (docs/benchmarks.md, tuning step 14).
 * The mode is set when a connection changes hands between the two, which the pool's preference for handing a thread
 * its last connection keeps rare.
 */
public class PlanCacheModes extends DelegatingDataSource {

  static final String FRESH = "force_custom_plan";
  static final String DEFAULT = "auto";

  // keyed by the driver's own connection, which outlives the pool's per-checkout wrappers
  private final Map<Connection, String> modes = new WeakHashMap<>();

  public PlanCacheModes(DataSource pool) {
    super(pool);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return withMode(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return withMode(super.getConnection(username, password));
  }

  private Connection withMode(Connection connection) throws SQLException {
    // a SET inside an open transaction would be undone by its rollback; the pool hands out auto-commit connections
    if (!connection.getAutoCommit()) {
      return connection;
    }
    String wanted = RequestContextHolder.getRequestAttributes() != null ? FRESH : DEFAULT;
    Connection driver = connection.unwrap(Connection.class);
    synchronized (modes) {
      if (wanted.equals(modes.get(driver))) {
        return connection;
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("set plan_cache_mode = " + wanted);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    synchronized (modes) {
      modes.put(driver, wanted);
    }
    return connection;
  }
}
