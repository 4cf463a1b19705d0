package com.practiceflow.benchmark;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.task.Task;

/**
 * A process's main path as a user meets it: how a case starts, what each user task is completed with, and which
 * waits on the path (a timer until a date) the benchmark lets pass at once. Ladder timers are never fired.
 */
final class MainPath {

  final String key;
  final String description;
  final BiFunction<BenchApp, Object, String> starter;
  /** Makes what each case needs before the clock starts (a staff member, a published policy); default: its number. */
  BiFunction<BenchApp, Integer, List<?>> prepare = (app, count) -> IntStream.rangeClosed(1, count).boxed().toList();
  final Map<String, Function<Task, Map<String, Object>>> answers = new LinkedHashMap<>();
  final Set<String> waitTimers = new HashSet<>();
  final Set<String> calledKeys = new HashSet<>();

  private MainPath(String key, String description, BiFunction<BenchApp, Object, String> starter) {
    this.key = key;
    this.description = description;
    this.starter = starter;
  }

  /** {@code starter} starts one prepared case as the app does and returns its process instance id. */
  static MainPath of(String key, String description, BiFunction<BenchApp, Object, String> starter) {
    return new MainPath(key, description, starter);
  }

  MainPath prepare(BiFunction<BenchApp, Integer, List<?>> preparation) {
    this.prepare = preparation;
    return this;
  }

  MainPath task(String taskKey, Map<String, Object> variables) {
    answers.put(taskKey, task -> variables);
    return this;
  }

  MainPath task(String taskKey, Function<Task, Map<String, Object>> variables) {
    answers.put(taskKey, variables);
    return this;
  }

  MainPath waitTimer(String activityId) {
    waitTimers.add(activityId);
    return this;
  }

  MainPath calls(String key) {
    calledKeys.add(key);
    return this;
  }

  Map<String, Object> answer(Task task) {
    Function<Task, Map<String, Object>> answer = answers.get(task.getTaskDefinitionKey());
    if (answer == null) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " is not on the main path of " + key);
    }
    return answer.apply(task);
  }
}
