package com.practiceflow.deployment;

import static com.practiceflow.deployment.ModelerRequests.goodProbe;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;

/**
 * Files the engine cannot read at all, sent as the Modeler's Deploy button sends them: each is refused with 400,
 * the file's name and a reason a manager can act on, and nothing is kept.
 */
@PracticeFlowTest
@ExtendWith(OutputCaptureExtension.class)
class UnreadableFilesRefusedTest extends ModelerTestBase {

  private static final String XXE = """
      <?xml version="1.0"?>
      <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Probe">
        <bpmn:process id="xxeProbe" name="&secret;" isExecutable="true" />
      </bpmn:definitions>""";

  static Stream<Arguments> unreadable() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    String cut = goodProbe().substring(0, goodProbe().length() / 2);
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>";
    String camunda8 = goodProbe().replace("http://www.omg.org/spec/BPMN/20100524/MODEL",
        "http://www.omg.org/spec/BPMN/20100524/DI");
    return Stream.of(
        Arguments.of("probe.bpmn", new byte[0], "the file is empty"),
        Arguments.of("probe.bpmn", "  \n ".getBytes(StandardCharsets.UTF_8), "the file is empty"),
        Arguments.of("probe.bpmn", zip, "zip archive"),
        Arguments.of("probe.bpmn", png, "not XML"),
        Arguments.of("probe.bpmn", XXE.getBytes(StandardCharsets.UTF_8), "DOCTYPE"),
        Arguments.of("probe.bpmn", cut.getBytes(StandardCharsets.UTF_8), "the XML is broken at line"),
        Arguments.of("probe.bpmn", svg.getBytes(StandardCharsets.UTF_8), "not a BPMN diagram (its first element is <svg>)"),
        Arguments.of("probe.bpmn", camunda8.getBytes(StandardCharsets.UTF_8), "not a BPMN diagram"),
        Arguments.of("probe.dmn", goodProbe().getBytes(StandardCharsets.UTF_8), "not a DMN decision table"),
        Arguments.of("probe.dmn", new byte[0], "the file is empty"),
        Arguments.of("probe.form", "{\"id\": \"probe-form\", \"components\": [".getBytes(StandardCharsets.UTF_8),
            "not readable JSON"),
        Arguments.of("probe.form", "[1, 2]".getBytes(StandardCharsets.UTF_8), "not a Camunda form"),
        Arguments.of("probe.form", "{\"components\": []}".getBytes(StandardCharsets.UTF_8), "has no id"),
        Arguments.of("probe.form", new byte[0], "the form file is empty"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("unreadable")
  void aFileTheEngineCannotReadIsRefusedWithItsNameAndAReason(String file, byte[] content, String reason,
      CapturedOutput log) throws Exception {
    long before = repository.createDeploymentQuery().count();
    int logged = log.getOut().length();
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", "unreadable-probe");
    parts.put("deployment-source", "Camunda Modeler");
    parts.put("enable-duplicate-filtering", "true");
    parts.put(file, new RestClient.FilePart(file, content));

    var response = rest.postMultipart("manager", "/engine-rest/deployment/create", parts);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    String message = json.readTree(response.body()).get("message").asText();
    assertThat(message).contains("PracticeFlow refused this deployment").contains(file).contains(reason)
        .doesNotContain("null").doesNotContain("Exception").doesNotContain("ENGINE-");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    // one line naming the file and the reason, no engine error with its stack trace, nothing of the file itself
    String written = log.getOut().substring(logged);
    assertThat(written).doesNotContain("/etc/passwd").doesNotContain("root:x:").doesNotContain("ENGINE-16004")
        .doesNotContain("\tat org.camunda");
    assertThat(written.lines().filter(line -> line.contains("Deployment refused:"))).singleElement()
        .asString().contains(file).contains(reason);
  }
}
