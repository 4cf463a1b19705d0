package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/** Which task queries name only the caller, and so may skip the engine's per-task check. */
class CallerScopedQueriesTest {

  static final List<String> BILLING = List.of("billing");

  static boolean scoped(TaskQueryImpl query) {
    return CallerScopedTaskChecks.restrictedToCaller(query, "billie", BILLING);
  }

  static TaskQueryImpl query() {
    return new TaskQueryImpl();
  }

  @Test
  void theCallersOwnTasksAndTheirGroupsCandidatesAreScoped() {
    assertThat(scoped((TaskQueryImpl) query().taskAssignee("billie"))).isTrue();
    assertThat(scoped((TaskQueryImpl) query().taskCandidateGroupIn(BILLING).taskUnassigned())).isTrue();
    assertThat(scoped((TaskQueryImpl) query().taskCandidateGroup("billing").includeAssignedTasks()
        .taskNameLike("%"))).isTrue();
    assertThat(scoped((TaskQueryImpl) query().dueBefore(new java.util.Date()).or().taskAssignee("billie")
        .taskCandidateGroupIn(BILLING).includeAssignedTasks().endOr())).isTrue();
  }

  @Test
  void anyoneElsesTasksOrAGroupTheCallerIsNotInKeepTheCheck() {
    assertThat(scoped(query())).isFalse();
    assertThat(scoped((TaskQueryImpl) query().taskAssignee("clinician"))).isFalse();
    assertThat(scoped((TaskQueryImpl) query().taskCandidateGroupIn(List.of("billing", "clinicians")))).isFalse();
    assertThat(scoped((TaskQueryImpl) query().taskCandidateGroup("clinicians"))).isFalse();
    assertThat(scoped((TaskQueryImpl) query().taskCandidateUser("billie"))).isFalse();
    assertThat(scoped((TaskQueryImpl) query().taskId("guessed-id"))).isFalse();
  }

  @Test
  void anOrBranchWithAnyOtherCriterionKeepsTheCheck() {
    assertThat(scoped((TaskQueryImpl) query().or().taskAssignee("billie").taskNameLike("%").endOr())).isFalse();
    assertThat(scoped((TaskQueryImpl) query().or().taskCandidateGroupIn(BILLING).taskCandidateGroupLike("%")
        .endOr())).isFalse();
    assertThat(scoped((TaskQueryImpl) query().or().taskAssignee("billie").processDefinitionKey("claimDispute")
        .endOr())).isFalse();
    assertThat(scoped((TaskQueryImpl) query().or().taskAssignee("billie").taskCandidateGroup("clinicians")
        .endOr())).isFalse();
    assertThat(scoped((TaskQueryImpl) query().or().taskAssignee("billie").dueBefore(new java.util.Date())
        .endOr())).isFalse();
  }

  @Test
  void theCallersGroupsAreNamedAsTheyAreInsteadOfReadFromEveryGrant() {
    CallerScopedTaskChecks checks = new CallerScopedTaskChecks();
    assertThat(checks.filterAuthenticatedGroupIds(Arrays.asList("billing", null, "billing", "managers")))
        .containsExactly("billing", "managers");
    assertThat(checks.filterAuthenticatedGroupIds(List.of())).isEmpty();
    assertThat(checks.filterAuthenticatedGroupIds(null)).isEmpty();
    List<String> many = Collections.nCopies(CallerScopedTaskChecks.GROUPS_NAMED_AS_THEY_ARE + 1, "g");
    // the engine's own narrowing reads the grants table, which needs a running command
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> checks.filterAuthenticatedGroupIds(many))
        .isInstanceOf(NullPointerException.class);
  }
}
