package com.practiceflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/** One database per app for the start-up runs: an H2 file or a PostgreSQL database, emptied or kept. */
final class StartupDatabases {

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

  private final String db;
  private final Path files;

  StartupDatabases(String db, Path logs) {
    this.db = db;
    this.files = logs.toAbsolutePath().resolve("startup-db");
  }

  /** The app's database, emptied first. */
  String empty(String app) throws IOException, SQLException {
    if (db.equals("postgres")) {
      try (Connection admin = DriverManager.getConnection(POSTGRES + "test", "postgres", "")) {
        admin.createStatement().execute("drop database if exists " + name(app) + " with (force)");
        admin.createStatement().execute("create database " + name(app));
      }
    } else if (Files.exists(files.resolve(app))) {
      try (Stream<Path> old = Files.walk(files.resolve(app))) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return kept(app);
  }

  /** The app's database as the previous start left it. */
  String kept(String app) {
    return db.equals("postgres") ? POSTGRES + name(app)
        : "jdbc:h2:file:" + files.resolve(app).resolve("db") + ";DB_CLOSE_DELAY=-1";
  }

  private static String name(String app) {
    return "practiceflow_bench_start_" + app;
  }
}
