package com.practiceflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

import com.practiceflow.PracticeFlowTest;

/**
 * Repositories are made on first use rather than at start-up, so a query method Spring Data cannot read would no
 * longer stop the start: this makes every one of them, as their first use would.
 */
@PracticeFlowTest
class RepositoriesTest {

  @Autowired
  ConfigurableListableBeanFactory beans;

  @Test
  void everyRepositoryIsMadeOnFirstUseAndEachOfItsQueriesIsValid() {
    String[] names = beans.getBeanNamesForType(Repository.class, true, false);
    assertThat(names).hasSizeGreaterThanOrEqualTo(20);
    for (String name : names) {
      assertThat(beans.getBeanDefinition(name).isLazyInit()).as(name + " is made on first use").isTrue();
      Object repository = beans.getBean(name);
      if (repository instanceof CrudRepository<?, ?> crud) {
        assertThat(crud.count()).as(name).isGreaterThanOrEqualTo(0);
      }
    }
  }
}
