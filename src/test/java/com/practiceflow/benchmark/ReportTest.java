package com.practiceflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.practiceflow.benchmark.Results.Row;

/** A benchmark run rewrites only its own tables in docs/benchmarks.md; the analysis written by hand stays. */
class ReportTest {

  private static final Row ROW = new Row("throughput", "h2", "complaintResolution", "1x (5)", "10.0", "12.0", "0.83",
      "after step 28; a | in a note");

  @Test
  void aRunReplacesTheMeasuredTablesAndKeepsTheAnalysisAroundThem() {
    String document = "# Benchmarks\n\nAnalysis by hand.\n\n" + Report.START + "\nold rows\n" + Report.END
        + "\n\n## Notes after the tables\n";

    String written = Report.into(document, Report.markdown(List.of(ROW), "dbs=h2 cases=5"));

    assertThat(written).startsWith("# Benchmarks\n\nAnalysis by hand.\n\n" + Report.START + "\n")
        .endsWith(Report.END + "\n\n## Notes after the tables\n")
        .doesNotContain("old rows")
        .contains("mvn -B -Pbenchmark verify -Dbench.args=\"dbs=h2 cases=5\"")
        .contains("### Main path throughput")
        .doesNotContain("### Escalation sweep")
        .contains("| h2 | complaintResolution | 1x (5) | 10.0 | 12.0 | 0.83 | after step 28; a / in a note |");
  }

  @Test
  void aNewDocumentIsTheMeasuredPartAlone() {
    String written = Report.into("", Report.markdown(List.of(ROW), ""));

    assertThat(written).startsWith(Report.START).endsWith(Report.END + "\n")
        .contains("```\nmvn -B -Pbenchmark verify\n```");
  }

  @Test
  void aRowPrintedByADatabaseRunIsReadBackAsItWasMeasured() {
    Row row = new Row("sweep", "postgres", "escalation sweep", "16x (10000 tasks)", "51.2", "64.0", "0.80",
        "seconds: ours 195\tbaseline 156\n");

    Row read = Row.parse(row.line());

    assertThat(read).isEqualTo(new Row("sweep", "postgres", "escalation sweep", "16x (10000 tasks)", "51.2", "64.0",
        "0.80", "seconds: ours 195 baseline 156 "));
  }
}
