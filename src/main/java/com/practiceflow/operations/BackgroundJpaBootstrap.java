package com.practiceflow.operations;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Builds Hibernate's entity manager factory on a thread of its own while the main thread builds the process engine:
 * the two are the largest parts of a start and need each other only at the engine's first transaction.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJpaBootstrap {

  @Bean
  EntityManagerFactoryBuilderCustomizer jpaBootstrapExecutor() {
    return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
  }
}
