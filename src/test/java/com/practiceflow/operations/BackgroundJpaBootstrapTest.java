package com.practiceflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.practiceflow.PracticeFlowTest;

@PracticeFlowTest
class BackgroundJpaBootstrapTest {

  @Autowired
  LocalContainerEntityManagerFactoryBean entityManagerFactory;
  @PersistenceContext
  EntityManager records;
  @Autowired
  RuntimeService runtime;

  @Test
  void hibernateIsBuiltBesideTheEngineAndBothWorkOnceStarted() {
    assertThat(entityManagerFactory.getBootstrapExecutor()).isNotNull();
    // the engine's transactions go through the same factory: both answer once the app is up
    assertThat(records.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult())
        .isNotNegative();
    assertThat(runtime.createProcessInstanceQuery().count()).isNotNegative();
  }
}
