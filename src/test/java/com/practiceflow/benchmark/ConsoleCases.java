package com.practiceflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * The console benchmark's open cases, spread evenly across the process families (complaints, claim disputes,
 * policy approvals, staff hiring), each started the way the app starts it and left at its first person's step.
 */
final class ConsoleCases {

  /** One family each: their first steps belong to billing, clinicians, compliance reviewers and the managers. */
  static List<MainPath> families() {
    return List.of(MainPaths.complaints(), MainPaths.claimDispute(), MainPaths.policyApproval(),
        MainPaths.staffHiring());
  }

  private final BenchApp app;
  private final ProcessEngine engine;

  ConsoleCases(BenchApp app) {
    this.app = app;
    this.engine = app.engine;
  }

  /** Starts {@code count} cases, family by family in turn, and waits until every one waits for a person. */
  List<String> start(int count) throws Exception {
    List<MainPath> families = families();
    List<Callable<String>> starts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      MainPath family = families.get(i % families.size());
      int n = i + 1;
      starts.add(() -> family.starter.apply(app, n));
    }
    List<String> ids = EscalationSweep.startAll(starts);
    long deadline = System.currentTimeMillis() + 900_000;
    while (engine.getTaskService().createTaskQuery().count() < count
        || engine.getManagementService().createJobQuery().executable().count() > 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("the console's cases did not reach their first steps");
      }
      Thread.sleep(500);
    }
    return ids;
  }

  /** Up to {@code max} of the cases, taken evenly across the families, that have a reference to open. */
  List<String[]> sample(List<String> ids, int max) {
    List<String[]> sample = new ArrayList<>();
    int stride = Math.max(1, ids.size() / (max * 2));
    for (int i = 0; i < ids.size() && sample.size() < max; i += stride) {
      var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(ids.get(i))
          .singleResult();
      if (instance != null && instance.getBusinessKey() != null) {
        sample.add(new String[] {instance.getBusinessKey(), instance.getId()});
      }
    }
    return sample;
  }

  void clear(List<String> ids) {
    for (int from = 0; from < ids.size(); from += 500) {
      engine.getRuntimeService().deleteProcessInstances(ids.subList(from, Math.min(ids.size(), from + 500)),
          "benchmark done", true, true);
    }
  }
}
