package com.practiceflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.zaxxer.hikari.HikariDataSource;

/** Fresh plans for web requests, cached plans for background work, on one real PostgreSQL connection. */
class PlanCacheModesTest {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private HikariDataSource pool;
  private PlanCacheModes dataSource;

  @BeforeEach
  void onePooledConnection() {
    try (Connection probe = DriverManager.getConnection(URL, "postgres", "")) {
      probe.isValid(1);
    } catch (SQLException absent) {
      Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432: skipped");
    }
    pool = new HikariDataSource();
    pool.setJdbcUrl(URL);
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(1);
    dataSource = new PlanCacheModes(pool);
  }

  @AfterEach
  void close() {
    RequestContextHolder.resetRequestAttributes();
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  void aConnectionPlansAfreshWhileItServesAWebRequestAndReusesPlansForBackgroundWork() throws SQLException {
    assertThat(modeSeen()).as("background work").isEqualTo("auto");
    duringAWebRequest();
    assertThat(modeSeen()).as("a web request, same connection").isEqualTo("force_custom_plan");
    assertThat(modeSeen()).as("the next request").isEqualTo("force_custom_plan");
    RequestContextHolder.resetRequestAttributes();
    assertThat(modeSeen()).as("background work again").isEqualTo("auto");
  }

  @Test
  void aRolledBackTransactionDoesNotUndoTheModeSetForIt() throws SQLException {
    duringAWebRequest();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.createStatement().execute("select 1");
      connection.rollback();
    }
    assertThat(modeSeen()).as("PostgreSQL undoes a SET made inside a transaction that rolls back")
        .isEqualTo("force_custom_plan");
  }

  private void duringAWebRequest() {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
  }

  private String modeSeen() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet mode = connection.createStatement().executeQuery("show plan_cache_mode")) {
      mode.next();
      return mode.getString(1);
    }
  }
}
