package com.practiceflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.calendar.Deadlines;
import com.practiceflow.calendar.Schedules;
import com.practiceflow.escalation.LadderIds;
import com.practiceflow.security.PracticeGroups;

/**
 * The conventions every model in processes/ keeps, checked against the running application: readable ids, names,
 * delegates that exist, forms that exist, a configured deadline and the escalation ladder on every user task.
 */
@PracticeFlowTest
class ProcessModelConventionsTest {

  static final Pattern ID = Pattern.compile("^(StartEvent|Task|SubProcess|Gateway|EndEvent|BoundaryEvent|TimerEvent|SequenceFlow)_[A-Z]\\w+$");
  static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");
  static final Pattern SCHEDULE = Pattern.compile("^\\$\\{schedules\\.cron\\('([\\w-]+)'\\)}$");
  static final Pattern SLA = Pattern.compile("^\\$\\{deadlines\\.(due|escalation)\\(execution, '([\\w-]+)'\\)}$");

  @Autowired
  ApplicationContext context;
  @Autowired
  Deadlines deadlines;
  @Autowired
  Schedules schedules;

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).toList().stream();
    }
  }

  static Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      List<String> ids = new ArrayList<>();
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        ids.add(json.readTree(form.toFile()).get("id").asText());
      }
      return Set.copyOf(ids);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void modelKeepsTheConventions(Path file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add("process " + process.getId() + " has no historyTimeToLive");
      }
    }
    Set<String> shapes = Stream.concat(
        model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()),
        model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()))
        .collect(Collectors.toSet());
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!ID.matcher(element.getId()).matches()) {
        problems.add(element.getId() + " is not a readable id (Task_ReviewComplaint style)");
      }
      if (!shapes.contains(element.getId())) {
        problems.add(element.getId() + " has no diagram shape");
      }
      boolean join = element instanceof Gateway g && g.getOutgoing().size() <= 1;
      if (element instanceof FlowNode && !join && (element.getName() == null || element.getName().isBlank())) {
        problems.add(element.getId() + " has no name");
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      checkBean(task.getId(), task.getCamundaDelegateExpression(), problems);
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      checkBean("task listener", listener.getCamundaDelegateExpression(), problems);
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      checkBean("execution listener", listener.getCamundaDelegateExpression(), problems);
    }
    Set<String> forms = formIds();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(model, task, forms, problems);
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      String owner = timer.getParentElement().getAttributeValue("id");
      if (timer.getTimeCycle() != null) {
        checkSchedule(owner, timer.getTimeCycle().getTextContent(), problems);
      } else if (timer.getTimeDate() == null) {
        problems.add(owner + " must wait for a date (a named deadline) or a named schedule");
      } else {
        checkSla(owner, timer.getTimeDate().getTextContent(), problems);
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  private void checkUserTask(BpmnModelInstance model, UserTask task, Set<String> forms, List<String> problems) {
    if (task.getCamundaFormRef() == null || !forms.contains(task.getCamundaFormRef())) {
      problems.add(task.getId() + " has no formRef to a form in forms/");
    }
    if (!"latest".equals(task.getCamundaFormRefBinding())) {
      problems.add(task.getId() + " must bind its form with formRefBinding=latest");
    }
    String group = task.getCamundaCandidateGroups();
    boolean ownTask = group == null && task.getCamundaAssignee() != null;
    if (!ownTask && (group == null || !(group.startsWith("${") || PracticeGroups.exists(group)))) {
      problems.add(task.getId() + " has no known candidate group: " + group);
    }
    String sla = checkSla(task.getId(), task.getCamundaDueDate(), problems);
    Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo() == task).toList();
    for (String ladder : List.of(LadderIds.dueTimer(task.getId()), LadderIds.overdueTimer(task.getId()))) {
      BoundaryEvent timer = boundaries.stream().filter(b -> b.getId().equals(ladder)).findFirst().orElse(null);
      if (timer == null || timer.cancelActivity()) {
        problems.add(task.getId() + " lacks the non-interrupting ladder timer " + ladder);
      } else if (timer.getExtensionElements() == null || timer.getExtensionElements().getElementsQuery()
          .filterByType(CamundaExecutionListener.class).list().stream()
          .noneMatch(l -> "${captureLadderTask}".equals(l.getCamundaDelegateExpression()))) {
        problems.add(ladder + " lacks its start listener ${captureLadderTask}");
      } else if (sla != null && !timer.getEventDefinitions().iterator().next().getTextContent().contains("'" + sla + "'")) {
        problems.add(ladder + " does not use the task's deadline " + sla);
      }
    }
  }

  private String checkSla(String id, String expression, List<String> problems) {
    Matcher matcher = expression == null ? null : SLA.matcher(expression.trim());
    if (matcher == null || !matcher.matches()) {
      problems.add(id + " must take its date from a named deadline: ${deadlines.due(execution, 'name')}");
      return null;
    }
    if (!deadlines.exists(matcher.group(2))) {
      problems.add(id + " names deadline '" + matcher.group(2) + "', which practiceflow.sla does not configure");
    }
    return matcher.group(2);
  }

  private void checkSchedule(String id, String expression, List<String> problems) {
    Matcher matcher = SCHEDULE.matcher(expression.trim());
    if (!matcher.matches()) {
      problems.add(id + " must repeat on a named schedule: ${schedules.cron('name')}");
    } else if (!schedules.getSchedules().containsKey(matcher.group(1))) {
      problems.add(id + " names schedule '" + matcher.group(1) + "', which practiceflow.schedules does not configure");
    }
  }

  private void checkBean(String id, String expression, List<String> problems) {
    Matcher matcher = expression == null ? null : BEAN.matcher(expression);
    if (matcher == null || !matcher.matches()) {
      problems.add(id + " must call a delegate as ${beanName}, not " + expression);
    } else if (!context.containsBean(matcher.group(1))) {
      problems.add(id + " calls ${" + matcher.group(1) + "}, which is no PracticeFlow delegate");
    }
  }
}
