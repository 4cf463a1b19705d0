package com.practiceflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's main paths run against the shipped models: a manager's change that breaks one shows here, at
 * every build, instead of as a "failed" row an hour into a benchmark run. Each path, ours and its baseline, goes
 * through the same steps to the same end, and only ours does work (here: emails).
 */
class MainPathsIT {

  @Test
  void everyMainPathAndItsBaselineTakeTheSameStepsAndOnlyOursSendsEmail() throws Exception {
    try (BenchApp app = BenchApp.start("h2", false, Map.of())) {
      BaselineModels.deploy(app.engine, Path.of("processes"));
      ThroughputRun run = new ThroughputRun(app, 2);
      int oursEmails = 0;
      for (MainPath path : MainPaths.all()) {
        // cases an earlier path opened (hiring opens onboardings) are not this path's
        Date from = ClockUtil.getCurrentTime();
        Map<String, Object> variables = run.sampleVariables(path);
        int before = app.emailsReceived();
        run.run(path, false, 2, variables);
        int afterOurs = app.emailsReceived();
        run.run(path, true, 2, variables);

        assertThat(app.emailsReceived()).as(path.key + ": the baseline's steps do nothing").isEqualTo(afterOurs);
        Set<String> visited = visited(app, path.key, from);
        assertThat(visited).as(path.key + ": the steps our cases went through").isNotEmpty()
            .isEqualTo(visited(app, BaselineModels.baselineKey(path.key), from));
        oursEmails += afterOurs - before;
      }
      assertThat(oursEmails).as("emails our main paths sent").isPositive();
      assertThat(app.engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
    }
  }

  /** Every element the completed cases started since {@code from} went through (an end event included). */
  private static Set<String> visited(BenchApp app, String key, Date from) {
    HistoryService history = app.engine.getHistoryService();
    Set<String> visited = new TreeSet<>();
    for (HistoricProcessInstance done : history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
        .startedAfter(from).completed().list()) {
      history.createHistoricActivityInstanceQuery().processInstanceId(done.getId()).list()
          .forEach(step -> visited.add(step.getActivityId()));
    }
    return visited;
  }
}
