package com.practiceflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.BrowserRun;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;
import com.practiceflow.SampleFiles;

/**
 * The console as each demo role meets it in a real browser (src/test/node/console.mjs): dashboard, registers and
 * CSV, search and case page, the 835 upload, and what each role must not see (0 for every role), with one login
 * and logout shared with Tasklist.
 */
@PracticeFlowTest
class ConsoleBrowserTest {

  @LocalServerPort
  int port;

  @Test
  void everyRoleSeesItsOwnSliceOfThePracticeAndNothingElse() throws Exception {
    RestClient rest = new RestClient(port);
    ObjectMapper json = new ObjectMapper();
    String billing = reference(json, rest.postJson("frontdesk", "/api/complaints", complaint("billing")).body());
    String clinical = reference(json, rest.postJson("frontdesk", "/api/complaints", complaint("clinical-care"))
        .body());
    var imported = json.readTree(rest.post("billing", "/api/remittances", "text/plain",
        SampleFiles.remittance("medicare-part-b-2026-11-20.835")).body());
    String dispute = imported.path("disputes").path(0).asText("");
    if (dispute.isEmpty()) {
      dispute = firstDispute(rest, json);
    }
    Path shots = Files.createDirectories(Path.of("target", "tasklist-screenshots"));
    Path good = shots.resolve("upload-good.835");
    Files.write(good, SampleFiles.remittance("unitedhealthcare-2026-11-21.835"));
    Path bad = shots.resolve("upload-bad.835");
    Files.write(bad, SampleFiles.remittance("malformed-truncated.835"));

    String output = BrowserRun.run("console.mjs", "http://localhost:" + port, billing, clinical, dispute,
        good.toAbsolutePath().toString(), bad.toAbsolutePath().toString());

    assertThat(output).contains("done").contains("forbidden cases or pages seen by frontdesk: 0");
  }

  private static String complaint(String category) {
    return """
        {"channel":"phone","category":"%s","description":"Console probe","receivedOn":"%s"}"""
        .formatted(category, LocalDate.now());
  }

  private static String reference(ObjectMapper json, String body) throws Exception {
    return json.readTree(body).get("reference").asText();
  }

  /** The import was a duplicate (another test imported the file first): any dispute will do. */
  private static String firstDispute(RestClient rest, ObjectMapper json) throws Exception {
    return json.readTree(rest.get("manager", "/engine-rest/process-instance?processDefinitionKey=claimDispute"
        + "&maxResults=1").body()).get(0).get("businessKey").asText();
  }
}
