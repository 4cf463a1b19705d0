package com.practiceflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's main paths run against the shipped models: a manager's change that breaks one shows here, at
 * every build, instead of as a "failed" row an hour into a benchmark run. Each path, ours and its baseline, runs to
 * the same end, and only ours does work (here: emails).
 */
class MainPathsIT {

  @Test
  void everyMainPathAndItsBaselineRunToTheSameEndAndOnlyOursSendsEmail() throws Exception {
    try (BenchApp app = BenchApp.start("h2", false, Map.of())) {
      BaselineModels.deploy(app.engine, Path.of("processes"));
      ThroughputRun run = new ThroughputRun(app, 2);
      int oursEmails = 0;
      for (MainPath path : MainPaths.all()) {
        Map<String, Object> variables = run.sampleVariables(path);
        int before = app.emailsReceived();
        run.run(path, false, 2, variables);
        int afterOurs = app.emailsReceived();
        run.run(path, true, 2, variables);

        assertThat(app.emailsReceived()).as(path.key + ": the baseline's steps do nothing").isEqualTo(afterOurs);
        Set<String> ends = endEvents(app, path.key);
        assertThat(ends).as(path.key + ": where our cases ended").isNotEmpty()
            .isEqualTo(endEvents(app, BaselineModels.baselineKey(path.key)));
        oursEmails += afterOurs - before;
      }
      assertThat(oursEmails).as("emails our main paths sent").isPositive();
      assertThat(app.engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
    }
  }

  private static Set<String> endEvents(BenchApp app, String key) {
    return app.engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).completed()
        .list().stream().map(HistoricProcessInstance::getEndActivityId).collect(Collectors.toSet());
  }
}
