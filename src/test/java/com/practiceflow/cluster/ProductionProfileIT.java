package com.practiceflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.practiceflow.RestClient;

/** The production profile, started from the jar as an operator would, with and without proper secrets. */
class ProductionProfileIT {

  static final int PORT = 8088;
  static final String DATABASE = "practiceflow_production_it";
  static final String DATABASE_URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

  @Test
  void refusesToStartWithADemoPasswordAndNamesWhatToSet() throws Exception {
    Map<String, String> env = environment("admin");
    env.remove("SPRING_MAIL_HOST");
    JarProcess app = JarProcess.start(Path.of("target/production-it/refused.log"), env,
        "--spring.profiles.active=postgres,production", "--server.port=" + PORT);
    int exit = app.awaitExit(120);
    assertThat(exit).as("exit code").isPositive();
    assertThat(app.output()).contains("PracticeFlow will not start in production")
        .contains("PRACTICEFLOW_ADMIN_PASSWORD is a demo or weak password").contains("set SPRING_MAIL_HOST");
  }

  @Test
  void startsWithItsSecretsCreatesOnlyTheAdministratorAndNoDemoUsers() throws Exception {
    String password = "long-enough-admin-secret-42";
    JarProcess app = JarProcess.start(Path.of("target/production-it/started.log"), environment(password),
        "--spring.profiles.active=postgres,production", "--server.port=" + PORT);
    try {
      app.awaitReady(PORT);
      RestClient rest = new RestClient(PORT);
      assertThat(rest.get("admin", password, "/engine-rest/user?id=admin").statusCode()).isEqualTo(200);
      assertThat(rest.get("manager", "/engine-rest/task").statusCode()).as("demo user manager").isEqualTo(401);
      assertThat(rest.get("admin", password, "/engine-rest/user/count").body()).isEqualTo("{\"count\":1}");
      assertThat(rest.get(null, "/engine-rest/task").statusCode()).isEqualTo(401);
      assertThat(rest.get(null, "/actuator/metrics").statusCode()).isEqualTo(401);
      assertThat(rest.get("admin", password, "/actuator/metrics/practiceflow.jobs.backlog").statusCode())
          .isEqualTo(200);
    } finally {
      app.stop();
    }
  }

  @Test
  void letsPostgresPlanTaskQueriesFromPermissionStatisticsWithFreshPlansForRequestsNoJitAndSsdPageCost() throws Exception {
    JarProcess app = JarProcess.start(Path.of("target/production-it/planner.log"),
        environment("long-enough-admin-secret-42"), "--spring.profiles.active=postgres,production",
        "--server.port=" + PORT);
    try {
      app.awaitReady(PORT);
      assertThat(app.output()).as("settings of the app's own connections, as start-up reads them")
          .contains("PostgreSQL planner: plan_cache_mode=auto (force_custom_plan for web requests), jit=off, "
              + "random_page_cost=1.1,");
      try (Connection db = DriverManager.getConnection(DATABASE_URL, "postgres", "");
          var statistics = db.createStatement().executeQuery("select count(*) from pg_stats_ext_exprs"
              + " where tablename = 'act_ru_authorization' and statistics_name like 'act_stat_auth_perms_%'")) {
        statistics.next();
        assertThat(statistics.getInt(1)).as("analysed permission-bit statistics").isEqualTo(4);
      }
    } finally {
      app.stop();
    }
  }

  private static Map<String, String> environment(String adminPassword) {
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
      admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
      admin.createStatement().execute("create database " + DATABASE);
    } catch (SQLException absent) {
      Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432: production profile test skipped");
    }
    Map<String, String> env = new HashMap<>();
    env.put("PRACTICEFLOW_DB_URL", DATABASE_URL);
    env.put("PRACTICEFLOW_DB_USER", "postgres");
    env.put("PRACTICEFLOW_DB_PASSWORD", "trust-auth-ignores-it");
    env.put("PRACTICEFLOW_ADMIN_PASSWORD", adminPassword);
    env.put("SPRING_MAIL_HOST", "127.0.0.1");
    env.put("SPRING_MAIL_PORT", "2599");
    return env;
  }
}
