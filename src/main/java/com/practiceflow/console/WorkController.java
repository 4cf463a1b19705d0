package com.practiceflow.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.practiceflow.escalation.EscalationService;
import com.practiceflow.security.Unrestricted;

/**
 * "My work" across every process, soonest deadline first: a manager's is all the practice's open work, anyone
 * else's the tasks of their groups and their own. Claim several at once; a manager also assigns them.
 */
@Controller
class WorkController {

  private static final int PAGE = 100;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ProcessNames processNames;
  private final Unrestricted unrestricted;

  WorkController(TaskService tasks, RuntimeService runtime, ProcessNames processNames, Unrestricted unrestricted) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.processNames = processNames;
    this.unrestricted = unrestricted;
  }

  @GetMapping("/work")
  String work(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter, Model model) {
    TaskQuery query = query(me, filter);
    int page = RegisterController.page(filter);
    List<Task> found = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(page * PAGE, PAGE);
    model.addAttribute("tasks", found);
    model.addAttribute("total", query(me, filter).count());
    model.addAttribute("references", references(found));
    model.addAttribute("processNames", processNames);
    model.addAttribute("filter", filter);
    model.addAttribute("now", ClockUtil.getCurrentTime());
    return "work";
  }

  @PostMapping("/work/claim")
  String claim(@ModelAttribute("me") Viewer me, @RequestParam(name = "task", required = false) List<String> ids,
      RedirectAttributes redirect) {
    int claimed = 0;
    for (String id : ids == null ? List.<String>of() : ids) {
      tasks.claim(id, me.id());
      claimed++;
    }
    redirect.addFlashAttribute("done", claimed + " task" + (claimed == 1 ? "" : "s") + " claimed");
    return "redirect:/work";
  }

  @PostMapping("/work/assign")
  String assign(@ModelAttribute("me") Viewer me, @RequestParam(name = "task", required = false) List<String> ids,
      @RequestParam String assignee, RedirectAttributes redirect) {
    int assigned = 0;
    for (String id : ids == null ? List.<String>of() : ids) {
      // the engine refuses anyone but a manager: staff hold only TASK_WORK on their tasks
      tasks.setAssignee(id, assignee.isBlank() ? null : assignee.trim());
      assigned++;
    }
    redirect.addFlashAttribute("done", assigned + " task" + (assigned == 1 ? "" : "s")
        + (assignee.isBlank() ? " handed back to their groups" : " assigned to " + assignee.trim()));
    return "redirect:/work";
  }

  private TaskQuery query(Viewer me, Map<String, String> filter) {
    TaskQuery query = tasks.createTaskQuery();
    if (!me.isManager() || "mine".equals(filter.get("scope"))) {
      query.or().taskAssignee(me.id()).taskCandidateGroupIn(me.groups().isEmpty() ? List.of("-") : me.groups())
          .endOr();
    }
    if (!filter.getOrDefault("process", "").isBlank()) {
      query.processDefinitionKey(filter.get("process"));
    }
    if (!filter.getOrDefault("task", "").isBlank()) {
      query.taskDefinitionKey(filter.get("task"));
    }
    if ("true".equals(filter.get("overdue"))) {
      query.dueBefore(ClockUtil.getCurrentTime());
    }
    if ("true".equals(filter.get("escalated"))) {
      query.taskVariableValueEquals(EscalationService.ESCALATED_VARIABLE, true);
    }
    return query;
  }

  /** Each task's case reference: one query for the page's process instances, which the viewer's tasks name. */
  private Map<String, String> references(List<Task> found) {
    if (found.isEmpty()) {
      return Map.of();
    }
    String[] ids = found.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull).distinct()
        .toArray(String[]::new);
    Map<String, String> keys = ids.length == 0 ? Map.of() : unrestricted.run(() -> runtime
        .createProcessInstanceQuery().processInstanceIds(java.util.Set.of(ids)).list()).stream()
        .filter(p -> p.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    Map<String, String> byTask = new LinkedHashMap<>();
    found.forEach(t -> byTask.put(t.getId(), keys.getOrDefault(t.getProcessInstanceId(), "")));
    return byTask;
  }
}
