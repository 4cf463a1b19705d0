package com.practiceflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvTest {

  static final Register BOARD = new Register("Staff compliance board", "staff",
      List.of(Register.Column.text("name", "Name"), Register.Column.text("nextExpiry", "Next license expiry")),
      List.of(Map.of("name", "=HYPERLINK(\"x\")", "nextExpiry", "05/01/2027")), List.of(), 1, 1, null, 0);

  @Test
  void aUkPracticesExportIsHeadedInUkSpellingAndItsCellsStayDefused() {
    String csv = Csv.of("staff", BOARD, FormatsTest.practiceIn("UK", "Europe/London")).getBody();
    assertThat(csv).startsWith("Name,Next licence expiry\r\n").doesNotContain(",=HYPERLINK");
    assertThat(Csv.of("staff", BOARD, FormatsTest.practiceIn("US", "America/New_York")).getBody())
        .startsWith("Name,Next license expiry\r\n");
  }
}
