package com.practiceflow.benchmark;

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

import com.practiceflow.PracticeFlowApplication;
import com.practiceflow.notification.MailCatcher;

/**
 * PracticeFlow itself, started in the benchmark's JVM on a fresh database with the job executor on, demo users and
 * filters, and the built-in SMTP server receiving every email, plus the no-op bean the baseline models call.
 */
final class BenchApp implements AutoCloseable {

  static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String PG_DATABASE = "practiceflow_bench";

  final String database;
  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final MailCatcher mail;
  final int port;

  private BenchApp(String database, ConfigurableApplicationContext context) {
    this.database = database;
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.mail = context.getBean(MailCatcher.class);
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  /** {@code database} is h2 or postgres; {@code overrides} are Spring properties of a tuning step. */
  static BenchApp start(String database, Map<String, String> overrides) throws SQLException {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("practiceflow.demo-data.enabled", "true");
    properties.put("practiceflow.mail-catcher.enabled", "true");
    properties.put("practiceflow.mail-catcher.port", "0");
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
    return new BenchApp(database, context);
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Override
  public void close() {
    context.close();
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
