package com.practiceflow.complaints;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.records.RecordsByReference;
import com.practiceflow.security.CurrentUser;

import jakarta.validation.Valid;

/**
 * Intake for web and portal complaints, and the complaint record for the group that owns it. Behind HTTP Basic; the
 * caller must be allowed to start complaints (front desk, managers).
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

  private final ComplaintStarter starter;
  private final RecordsByReference records;
  private final CurrentUser currentUser;

  ComplaintController(ComplaintStarter starter, RecordsByReference records, CurrentUser currentUser) {
    this.starter = starter;
    this.records = records;
    this.currentUser = currentUser;
  }

  @PostMapping
  ResponseEntity<Map<String, String>> receive(@Valid @RequestBody ComplaintIntake intake) {
    ComplaintStarter.Started started = starter.start(intake);
    return ResponseEntity.created(URI.create("/api/complaints/" + started.reference()))
        .body(Map.of("reference", started.reference(), "processInstanceId", started.processInstanceId()));
  }

  @GetMapping("/{reference}")
  Complaint show(@PathVariable String reference) {
    Complaint complaint = records.find(Complaint.class, reference)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint " + reference));
    if (!currentUser.isManager() && (complaint.getOwnerGroup() == null
        || !currentUser.isMemberOf(complaint.getOwnerGroup()))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Only the group handling " + reference + " and practice managers may read it");
    }
    return complaint;
  }
}
