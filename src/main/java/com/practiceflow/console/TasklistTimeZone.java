package com.practiceflow.console;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.practiceflow.calendar.CalendarProperties;

/**
 * The practice's time zone and jurisdiction for Tasklist (scripts/practice-time.js): Tasklist would show every date
 * in the time zone of whichever computer opens it, so a due time read from home or another site would not be the
 * practice's; a UK practice reads its dates day first, as the console shows them.
 */
@RestController
class TasklistTimeZone {

  private final CalendarProperties calendar;

  TasklistTimeZone(CalendarProperties calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/camunda/app/tasklist/scripts/practice-zone.js")
  ResponseEntity<String> zone() {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript"))
        .body("export const zone = '" + calendar.getZone().getId() + "';\nexport const jurisdiction = '"
            + ("UK".equals(calendar.getJurisdiction()) ? "UK" : "US") + "';\nexport default zone;\n");
  }
}
