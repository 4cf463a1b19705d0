package com.practiceflow.operations;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On PostgreSQL the app's connection pool is used through {@link PlanCacheModes}: engine, records and Flyway alike. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "camunda.bpm.database.type", havingValue = "postgres")
class PostgresDataSourceConfiguration {

  @Bean
  static BeanPostProcessor planCacheModesForTheDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return "dataSource".equals(name) && bean instanceof DataSource pool && !(bean instanceof PlanCacheModes)
            ? new PlanCacheModes(pool) : bean;
      }
    };
  }
}
