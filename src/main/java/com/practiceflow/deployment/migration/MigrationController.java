package com.practiceflow.deployment.migration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.security.CurrentUser;

/**
 * {@code POST /api/processes/{key}/migrate-to-latest}: for practice managers after a redesign. 200 when every
 * running case moved, 409 with the reasons when some could not (those stay on their version and keep running).
 */
@RestController
class MigrationController {

  private final VersionMigration migration;
  private final CurrentUser currentUser;

  MigrationController(VersionMigration migration, CurrentUser currentUser) {
    this.migration = migration;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/processes/{key}/migrate-to-latest")
  ResponseEntity<MigrationReport> migrate(@PathVariable String key) {
    if (!currentUser.isManager()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only practice managers move running cases");
    }
    try {
      MigrationReport report = migration.toLatest(key);
      return ResponseEntity.status(report.anyRefused() ? HttpStatus.CONFLICT : HttpStatus.OK).body(report);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }
}
