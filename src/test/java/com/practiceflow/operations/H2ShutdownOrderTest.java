package com.practiceflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import com.zaxxer.hikari.HikariDataSource;

/** H2 is closed by the app once the engine has stopped, not by H2's exit hook under the last running jobs. */
class H2ShutdownOrderTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
      .withUserConfiguration(H2ShutdownOrder.class);

  @Test
  void anH2FileDatabaseIsLeftForTheAppToClose(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("practiceflow");
    context.withPropertyValues("spring.datasource.url=" + url).run(app -> {
      HikariDataSource pool = app.getBean(HikariDataSource.class);
      assertThat(pool.getJdbcUrl()).isEqualTo(url + ";DB_CLOSE_ON_EXIT=FALSE");
      try (var connection = pool.getConnection()) { // H2 accepts the option with this URL
        assertThat(connection.isValid(1)).isTrue();
      }
    });
  }

  @Test
  void theShippedDatabaseIsLeftForTheAppToClose() throws IOException {
    // the first document: the defaults, before any profile's
    Object shipped = new YamlPropertySourceLoader().load("defaults", new ClassPathResource("application.yaml"))
        .get(0).getProperty("spring.datasource.url");
    assertThat(shipped).asString().startsWith("jdbc:h2:file:");
    assertThat(H2ShutdownOrder.closedByTheApp(shipped.toString())).endsWith(";DB_CLOSE_ON_EXIT=FALSE");
  }

  @Test
  void anOperatorsOwnChoiceAndOtherDatabasesAreLeftAlone() {
    assertThat(H2ShutdownOrder.closedByTheApp("jdbc:h2:file:./data/x;db_close_on_exit=TRUE"))
        .isEqualTo("jdbc:h2:file:./data/x;db_close_on_exit=TRUE");
    // H2 refuses AUTO_SERVER with DB_CLOSE_ON_EXIT=FALSE: such a URL keeps H2's own exit hook
    assertThat(H2ShutdownOrder.closedByTheApp("jdbc:h2:file:./data/x;AUTO_SERVER=TRUE"))
        .isEqualTo("jdbc:h2:file:./data/x;AUTO_SERVER=TRUE");
    // kept open after the pool closes: without H2's exit hook it would never be closed cleanly
    assertThat(H2ShutdownOrder.closedByTheApp("jdbc:h2:file:./data/x;DB_CLOSE_DELAY=-1"))
        .isEqualTo("jdbc:h2:file:./data/x;DB_CLOSE_DELAY=-1");
    assertThat(H2ShutdownOrder.closedByTheApp("jdbc:postgresql://127.0.0.1:5432/practiceflow"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/practiceflow");
  }
}
