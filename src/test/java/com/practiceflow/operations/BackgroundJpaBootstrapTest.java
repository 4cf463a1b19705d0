package com.practiceflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import com.practiceflow.PracticeFlowTest;

@PracticeFlowTest
class BackgroundJpaBootstrapTest {

  @Autowired
  LocalContainerEntityManagerFactoryBean entityManagerFactory;

  @Test
  void hibernateIsBuiltOnItsOwnThreadAndReadyOnceTheAppHasStarted() {
    assertThat(entityManagerFactory.getBootstrapExecutor()).isNotNull();
    // waits for the background build and throws what it failed with, if it failed
    assertThat(entityManagerFactory.getNativeEntityManagerFactory().isOpen()).isTrue();
  }
}
