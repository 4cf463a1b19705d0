package com.practiceflow.onboarding;

import static com.practiceflow.onboarding.StaffVariables.*;
import static com.practiceflow.records.VariableValues.*;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.staff.ScreeningSearch.Occasion;
import com.practiceflow.staff.ScreeningSearch.Result;
import com.practiceflow.staff.ScreeningSearch.Source;
import com.practiceflow.staff.StaffService;

/** Records an exclusion screening form (the three lists) as three searches, at hire and monthly alike. */
@Component
class Screening {

  private static final Map<Source, String> LISTS = Map.of(Source.OIG_LEIE, LEIE_RESULT, Source.GSA_SAM, SAM_RESULT,
      Source.STATE_MEDICAID, MEDICAID_RESULT);

  /** What a screening form hands in; recorded in the staff file, then removed from the process. */
  static final java.util.List<String> RESULT_VARIABLES = java.util.List.of(LEIE_RESULT, SAM_RESULT, MEDICAID_RESULT,
      EXCLUSION_EVIDENCE, SEARCHED_ON);

  private final StaffService staff;
  private final StaffCases cases;
  private final Deadlines deadlines;

  Screening(StaffService staff, Deadlines deadlines, StaffCases cases) {
    this.cases = cases;
    this.staff = staff;
    this.deadlines = deadlines;
  }

  /** Returns whether all three lists are clear. */
  boolean record(DelegateExecution execution, Occasion occasion) {
    LocalDate on = date(execution, SEARCHED_ON) != null ? date(execution, SEARCHED_ON) : deadlines.today();
    boolean clear = true;
    for (Map.Entry<Source, String> list : LISTS.entrySet()) {
      Result result = result(string(execution, list.getValue()));
      staff.recordSearch(cases.member(execution).getId(), occasion, list.getKey(), result, string(execution, NAMES_TO_SEARCH),
          string(execution, EXCLUSION_EVIDENCE), Actors.lastCompleter(execution), on);
      clear &= result == Result.CLEAR;
    }
    return clear;
  }

  /** Form values: clear / no-match, possible-match, anything else (could not search) is unresolved. */
  static Result result(String value) {
    if (value == null) {
      return Result.UNRESOLVED;
    }
    return switch (value) {
      case "clear", "no-match" -> Result.CLEAR;
      case "possible-match", "concern" -> Result.POSSIBLE_MATCH;
      default -> Result.UNRESOLVED;
    };
  }
}
