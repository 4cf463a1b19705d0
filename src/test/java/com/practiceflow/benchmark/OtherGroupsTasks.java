package com.practiceflow.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Open tasks of nine groups other than the measured user's, made through the engine's API (a task, its candidate
 * link, the grant the engine writes for it, their history), so a page of one group is measured in a practice whose
 * other teams carry backlogs too. Two thirds have due dates, spread a month either side of now.
 */
final class OtherGroupsTasks {

  static final List<String> GROUPS = List.of("clinicians", "front-desk", "hr", "compliance", "it", "nursing",
      "pharmacy", "reception-north", "reception-south");

  private OtherGroupsTasks() {
  }

  static List<String> make(TaskService tasks, int count) throws Exception {
    List<Callable<String>> makes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      makes.add(() -> {
        Task task = tasks.newTask();
        task.setName("Backlog item " + n);
        if (n % 3 != 0) {
          task.setDueDate(new Date(System.currentTimeMillis() + (n % 61 - 30) * 86_400_000L));
        }
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), GROUPS.get(n % GROUPS.size()));
        return task.getId();
      });
    }
    return EscalationSweep.startAll(makes);
  }

  static void clear(TaskService tasks, List<String> ids) {
    for (int from = 0; from < ids.size(); from += 500) {
      tasks.deleteTasks(ids.subList(from, Math.min(ids.size(), from + 500)), true);
    }
  }
}
