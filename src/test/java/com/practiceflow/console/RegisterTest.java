package com.practiceflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.practiceflow.console.Register.Column;
import com.practiceflow.console.Register.Filter;
import com.practiceflow.console.Register.Sort;

class RegisterTest {

  private static final List<Column> COLUMNS = List.of(Column.text("reference", "Reference"),
      Column.number("atStake", "At stake"), Column.text("note", "Note").unsortable());

  private static Register register(Map<String, String> parameters, int total, int page) {
    return new Register("Disputes", "disputes", COLUMNS, List.of(), List.of(new Filter("payer", "Payer",
        parameters.getOrDefault("payer", ""), null)), total, Math.min(Register.PAGE, total), Sort.of(parameters,
            COLUMNS), page);
  }

  @Test
  void aHeadingSortsAscendingFirstAndReversesOnTheSecondClick() {
    Register unsorted = register(Map.of("payer", "Aetna & Co"), 10, 0);
    assertThat(unsorted.sortLink(COLUMNS.get(1))).isEqualTo("?payer=Aetna+%26+Co&sort=atStake&dir=asc");
    Register ascending = register(Map.of("payer", "Aetna & Co", "sort", "atStake"), 10, 0);
    assertThat(ascending.sortLink(COLUMNS.get(1))).endsWith("sort=atStake&dir=desc");
    assertThat(ascending.ariaSort(COLUMNS.get(1))).isEqualTo("ascending");
    assertThat(ascending.ariaSort(COLUMNS.get(0))).isEqualTo("none");
  }

  @Test
  void onlyASortableColumnOfTheRegisterCanBeChosen() {
    assertThat(Sort.of(Map.of("sort", "note"), COLUMNS)).isEqualTo(Sort.DEFAULT);
    assertThat(Sort.of(Map.of("sort", "1; drop table dispute"), COLUMNS)).isEqualTo(Sort.DEFAULT);
    assertThat(Sort.of(Map.of("sort", "atStake", "dir", "desc"), COLUMNS).position(COLUMNS)).isEqualTo(2);
  }

  @Test
  void pagesFollowWhileRowsRemainAndKeepTheFiltersAndOrder() {
    Register first = register(Map.of("payer", "Cigna", "sort", "reference", "dir", "desc"), 450, 0);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.pageLink(1)).isEqualTo("?payer=Cigna&sort=reference&dir=desc&page=1");
    assertThat(register(Map.of(), 450, 1).hasNext()).isTrue();
    assertThat(register(Map.of(), 450, 2).hasNext()).isFalse();
    assertThat(register(Map.of(), 450, 2).firstShown()).isEqualTo(401);
    assertThat(register(Map.of(), 200, 0).hasNext()).isFalse();
    assertThat(first.previousPage()).isNull();
    assertThat(first.nextPage()).isEqualTo(first.pageLink(1));
    assertThat(register(Map.of(), 450, 2).previousPage()).isEqualTo("?page=1");
    assertThat(register(Map.of(), 450, 2).nextPage()).isNull();
  }
}
