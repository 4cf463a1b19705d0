package com.practiceflow.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/**
 * "My work" across every process, soonest deadline first: a manager's is all the practice's open work, anyone
 * else's the tasks of their groups and their own. Claim several at once; a manager also assigns them.
 */
@Controller
class WorkController {

  private static final int PAGE = 100;
  private static final int DONE_SHOWN = 500;

  private final TaskService tasks;
  private final WorkFigures figures;
  private final ProcessNames processNames;

  WorkController(TaskService tasks, WorkFigures figures, ProcessNames processNames) {
    this.tasks = tasks;
    this.figures = figures;
    this.processNames = processNames;
  }

  @GetMapping("/my-work")
  String work(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter, Model model) {
    WorkFigures.WorkFilter chosen = new WorkFigures.WorkFilter(filter.get("process"), filter.get("task"),
        "true".equals(filter.get("overdue")), "true".equals(filter.get("escalated")), "mine".equals(filter.get("scope")),
        filter.get("age"));
    int page = RegisterController.page(filter);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    int total = figures.count(me, chosen, now);
    model.addAttribute("tasks", figures.page(me, chosen, now, page * PAGE, PAGE));
    model.addAttribute("total", total);
    model.addAttribute("first", page * PAGE + 1);
    model.addAttribute("previous", page > 0 ? pageLink(filter, page - 1) : null);
    model.addAttribute("next", (page + 1L) * PAGE < total ? pageLink(filter, page + 1) : null);
    model.addAttribute("processes", processNames.all());
    model.addAttribute("processNames", processNames);
    model.addAttribute("filter", filter);
    model.addAttribute("now", ClockUtil.getCurrentTime());
    return "work";
  }

  /** The cases behind a deadlines-kept figure: one step's completed tasks in the last 30 or 90 days. */
  @GetMapping("/my-work/done")
  String done(@ModelAttribute("me") Viewer me, @RequestParam String process, @RequestParam String task,
      @RequestParam(defaultValue = "90") int days, @RequestParam(defaultValue = "false") boolean missed,
      Model model) {
    int window = days <= 30 ? 30 : 90;
    List<WorkFigures.Done> done = figures.done(me, process, task, window, missed,
        ClockUtil.getCurrentTime().toInstant(), DONE_SHOWN);
    model.addAttribute("done", done);
    model.addAttribute("days", window);
    model.addAttribute("missed", missed);
    model.addAttribute("process", process);
    model.addAttribute("task", task);
    model.addAttribute("step", done.isEmpty() ? task : done.get(0).name());
    model.addAttribute("processNames", processNames);
    return "done";
  }

  private static String pageLink(Map<String, String> filter, int page) {
    Map<String, String> next = new java.util.TreeMap<>(filter);
    next.put("page", String.valueOf(page));
    return "?" + String.join("&", next.entrySet().stream().filter(e -> !e.getValue().isBlank())
        .map(e -> Register.encode(e.getKey()) + "=" + Register.encode(e.getValue())).toList());
  }

  @PostMapping("/my-work/claim")
  String claim(@ModelAttribute("me") Viewer me, @RequestParam(name = "task", required = false) List<String> ids,
      RedirectAttributes redirect) {
    int claimed = 0;
    for (String id : ids == null ? List.<String>of() : ids) {
      tasks.claim(id, me.id());
      claimed++;
    }
    redirect.addFlashAttribute("done", claimed + " task" + (claimed == 1 ? "" : "s") + " claimed");
    return "redirect:/my-work";
  }

  @PostMapping("/my-work/assign")
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
    return "redirect:/my-work";
  }

}
