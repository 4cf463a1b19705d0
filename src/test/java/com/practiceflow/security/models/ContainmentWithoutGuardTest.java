package com.practiceflow.security.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import com.practiceflow.security.models.MaliciousModels.Case;

/**
 * A model that reached the engine without the deployment guard (an engine with no guard at all) still cannot run
 * code: every payload of the malicious corpus that runs when its process starts is refused by the contained
 * expression manager, the missing script engines and the class-delegate replacement, with nothing done. The same
 * corpus on Camunda's defaults (Spring's expression manager, a script engine present) runs, so the corpus is live.
 */
class ContainmentWithoutGuardTest {

  private static final Path MARKERS = Path.of("target", "security-probe", "containment");
  private static GenericApplicationContext beans;

  @BeforeAll
  static void beans() {
    beans = ProbeBeans.context();
  }

  @AfterAll
  static void close() {
    beans.close();
  }

  @Test
  void everyPayloadRunsOnCamundasDefaultsAndNoneRunsContained() throws Exception {
    List<Case> cases = MaliciousModels.all().stream().filter(Case::runs).toList();
    List<String> ranUncontained = run(engine("uncontained", configuration -> configuration
        .setExpressionManager(new SpringExpressionManager(beans))), cases, false);
    List<String> ranContained = run(engine("contained", configuration -> new ModelContainmentPlugin(beans,
        new SpringModelBeans(beans)).preInit(configuration)), cases, true);

    System.out.printf("Containment without the guard: %d payloads that run at start; on Camunda's defaults %d ran,"
        + " contained %d ran%n", cases.size(), ranUncontained.size(), ranContained.size());
    assertThat(ranContained).as("payloads that ran on the contained engine").isEmpty();
    assertThat(ranUncontained.size()).as("payloads that ran on Camunda's defaults: %s", ranUncontained)
        .isGreaterThanOrEqualTo(cases.size() * 3 / 4);
  }

  /** The names of the cases whose payload did something: no refusal, or a side effect (a call, a file). */
  private List<String> run(ProcessEngine engine, List<Case> cases, boolean contained) throws Exception {
    List<String> ran = new ArrayList<>();
    List<Path> markers = new ArrayList<>();
    try {
      for (int i = 0; i < cases.size(); i++) {
        Case attack = cases.get(i);
        markers.add(MARKERS.resolve(engine.getName() + "-" + i + ".marker").toAbsolutePath());
        int before = sideEffects();
        String refusal = attempt(engine, attack, markers.get(i));
        if (refusal == null || sideEffects() != before) {
          ran.add(attack.name());
        } else if (contained) {
          assertThat(refusal).as(attack.name()).containsAnyOf("may not", "runs no scripts", "Java class",
              "Cannot resolve identifier", "Could not resolve function", "External function");
        }
      }
      Thread.sleep(1000); // a started command (touch) has had time to leave its file
      for (int i = 0; i < cases.size(); i++) {
        if (Files.exists(markers.get(i)) && !ran.contains(cases.get(i).name())) {
          ran.add(cases.get(i).name());
        }
      }
    } finally {
      engine.close();
    }
    return ran;
  }

  /** Deploys and starts (or evaluates) the attack; the refusal's message, or null when nothing refused it. */
  private static String attempt(ProcessEngine engine, Case attack, Path marker) {
    String content = attack.content().replace("MARKER", marker.toString()).replace("javascript", "probe");
    try {
      engine.getRepositoryService().createDeployment().addString(attack.file(), content).deploy();
      if (attack.file().endsWith(".dmn")) {
        engine.getDecisionService().evaluateDecisionTableByKey("maliciousProbe", Map.of("x", 1));
      } else {
        engine.getRuntimeService().startProcessInstanceByKey("maliciousProbe");
      }
      return null;
    } catch (RuntimeException refused) {
      StringBuilder messages = new StringBuilder();
      for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
        messages.append(cause.getMessage()).append(" / ");
      }
      return messages.toString();
    }
  }

  private static int sideEffects() {
    return ProbeBeans.CALLS.get() + ProbeDelegate.RUNS.get() + ProbeScriptEngineFactory.RUNS.get();
  }

  private static ProcessEngine engine(String name, java.util.function.Consumer<ProcessEngineConfigurationImpl> setup) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("containment-" + name);
    configuration.setJdbcUrl("jdbc:h2:mem:containment-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_NONE);
    configuration.setEnforceHistoryTimeToLive(false);
    setup.accept(configuration);
    ProcessEngine engine = configuration.buildProcessEngine();
    // a real script engine is present on both: the contained one must still run nothing
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getScriptingEngines()
        .addScriptEngineFactory(new ProbeScriptEngineFactory());
    return engine;
  }
}
