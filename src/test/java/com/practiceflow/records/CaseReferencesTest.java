package com.practiceflow.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The first references of a year asked for by many cases at once, on both databases the app runs on. */
class CaseReferencesTest {

  private static final int CASES = 8;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgres"})
  void casesOpeningAYearTogetherEachGetTheirOwnNumberWithoutFailing(String database) throws Exception {
    DataSource dataSource = freshDatabase(database);
    Flyway.configure().dataSource(dataSource).load().migrate();
    CaseReferences references = new CaseReferences(new JdbcTemplate(dataSource),
        new DataSourceTransactionManager(dataSource));
    CyclicBarrier together = new CyclicBarrier(CASES);
    List<Callable<String>> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(() -> {
        together.await();
        return references.next("CMP", 2031);
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(CASES);
    List<String> issued = new ArrayList<>();
    try {
      for (Future<String> reference : pool.invokeAll(cases)) {
        issued.add(reference.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(issued).containsExactlyInAnyOrder("CMP-2031-0001", "CMP-2031-0002", "CMP-2031-0003",
        "CMP-2031-0004", "CMP-2031-0005", "CMP-2031-0006", "CMP-2031-0007", "CMP-2031-0008");
    assertThat(references.next("CMP", 2032)).as("a new year starts again at 1").isEqualTo("CMP-2032-0001");
  }

  private static DataSource freshDatabase(String database) {
    if ("h2".equals(database)) {
      return new DriverManagerDataSource("jdbc:h2:mem:references-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
    String name = "practiceflow_references_test";
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
      admin.createStatement().execute("drop database if exists " + name + " with (force)");
      admin.createStatement().execute("create database " + name);
    } catch (SQLException absent) {
      Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432: the PostgreSQL case is skipped");
    }
    return new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
  }
}
