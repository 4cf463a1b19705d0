package com.practiceflow.operations;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An H2 database is closed by the app, after the engine has stopped, not by H2's own JVM exit hook: that hook runs
 * beside Spring's shutdown and closed the database under the job executor's last jobs and the engine's final metrics
 * report ("Database is already closed"). An H2 URL, the shipped one or an operator's, gets
 * {@code DB_CLOSE_ON_EXIT=FALSE}, and H2 then closes the database when the app's pool closes its last connection.
 * Left alone: a URL that sets the option itself, one with {@code AUTO_SERVER} (which H2 does not allow with it) and one
 * with {@code DB_CLOSE_DELAY} (which keeps the database open after the pool has closed, so the exit hook is what
 * closes it).
 */
@Configuration(proxyBeanMethods = false)
class H2ShutdownOrder {

  private static final String OPTION = "DB_CLOSE_ON_EXIT";
  private static final String AUTO_SERVER = "AUTO_SERVER=TRUE";
  private static final String CLOSE_DELAY = "DB_CLOSE_DELAY=";

  @Bean
  static BeanPostProcessor h2ClosedByTheApp() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
          properties.setUrl(closedByTheApp(properties.getUrl()));
        }
        return bean;
      }
    };
  }

  static String closedByTheApp(String url) {
    String upper = url.toUpperCase(Locale.ROOT);
    boolean leftAlone = !upper.startsWith("JDBC:H2:") || upper.contains(OPTION + "=") || upper.contains(AUTO_SERVER)
        || upper.contains(CLOSE_DELAY);
    return leftAlone ? url : url + ";" + OPTION + "=FALSE";
  }
}
