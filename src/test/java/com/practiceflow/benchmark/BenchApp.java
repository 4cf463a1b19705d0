package com.practiceflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.practiceflow.PracticeFlowApplication;
import com.practiceflow.notification.MailCatcher;

/**
 * PracticeFlow itself, started in the benchmark's JVM on a fresh database with the job executor on, demo users and
 * filters, and a local SMTP server receiving every email (the {@link SmtpSink}, or with {@code mail=catcher} the
 * built-in mail catcher), plus the no-op bean the baseline models call.
 */
final class BenchApp implements AutoCloseable {

  static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String PG_DATABASE = "practiceflow_bench";

  final String database;
  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final int port;
  private final SmtpSink sink;

  private BenchApp(String database, ConfigurableApplicationContext context, SmtpSink sink) {
    this.database = database;
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.sink = sink;
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  /**
   * {@code database} is h2 or postgres; {@code catcher} sends mail to the built-in mail catcher instead of the sink;
   * {@code overrides} are Spring properties of a tuning step.
   */
  static BenchApp start(String database, boolean catcher, Map<String, String> overrides)
      throws SQLException, IOException {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("practiceflow.demo-data.enabled", "true");
    SmtpSink sink = catcher ? null : new SmtpSink();
    if (catcher) {
      properties.put("practiceflow.mail-catcher.enabled", "true");
      properties.put("practiceflow.mail-catcher.port", "0");
    } else {
      properties.put("spring.mail.host", "127.0.0.1");
      properties.put("spring.mail.port", String.valueOf(sink.port()));
    }
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.com.practiceflow", "WARN");
    properties.put("spring.main.banner-mode", "off");
    String profile;
    if ("postgres".equals(database)) {
      recreatePostgresDatabase();
      profile = "postgres";
      properties.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + PG_DATABASE);
    } else {
      profile = "benchmark";
      // a file database as in the default set-up (an in-memory one would hold every row on the heap)
      Path files = Path.of("target", "benchmark", "h2");
      deleteRecursively(files);
      properties.put("spring.datasource.url", "jdbc:h2:file:./" + files.resolve("practiceflow").toString().replace('\\', '/'));
    }
    properties.putAll(overrides);
    // registered by hand: a scanned @Configuration here would add the bean to every test's context too
    ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticeFlowApplication.class)
        .initializers(app -> app.getBeanFactory().registerSingleton(NoopDelegate.BEAN, new NoopDelegate()))
        .profiles(profile).run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new));
    return new BenchApp(database, context, sink);
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** What autovacuum does in production (it is off on the benchmark machine's PostgreSQL); H2 has no such step. */
  void vacuum() {
    if ("postgres".equals(database)) {
      context.getBean(JdbcTemplate.class).execute("vacuum analyze");
    }
  }

  /**
   * A line naming the run whose work follows, printed with the time (to split a profile by run) and, when the
   * server logs statements ({@code log_statement = all}), in PostgreSQL's log: how statements per case are counted
   * (docs/benchmarks.md).
   */
  void mark(String text) {
    System.out.println("MARK " + java.time.LocalTime.now() + " " + text);
    if ("postgres".equals(database)) {
      context.getBean(JdbcTemplate.class).execute("select 'benchmark mark: " + text.replace("'", "") + "'");
    }
  }

  /** Emails the SMTP server has accepted so far. */
  int emailsReceived() {
    return sink != null ? sink.received() : context.getBean(MailCatcher.class).messages().size();
  }

  @Override
  public void close() throws IOException {
    context.close();
    if (sink != null) {
      sink.close();
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void recreatePostgresDatabase() throws SQLException {
    try (Connection connection = DriverManager.getConnection(PG_ADMIN_URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + PG_DATABASE);
    }
  }
}
