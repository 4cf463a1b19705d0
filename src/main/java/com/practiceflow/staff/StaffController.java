package com.practiceflow.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.security.CurrentUser;
import com.practiceflow.security.PracticeGroups;

/**
 * A staff member's file for HR, compliance and the practice managers. Screening searches and I-9 dates are shown to
 * {@code hr} and {@code compliance} only.
 */
@RestController
@RequestMapping("/api/staff")
class StaffController {

  private final StaffService staff;
  private final CurrentUser currentUser;

  StaffController(StaffService staff, CurrentUser currentUser) {
    this.staff = staff;
    this.currentUser = currentUser;
  }

  @GetMapping("/{reference}")
  StaffFile file(@PathVariable String reference) {
    boolean restricted = currentUser.isMemberOf(PracticeGroups.HR) || currentUser.isMemberOf(PracticeGroups.COMPLIANCE);
    if (!restricted && !currentUser.isManager()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only HR, compliance and practice managers read staff files");
    }
    StaffMember member = staff.byReference(reference)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No staff member " + reference));
    return staff.file(member.getId(), restricted);
  }
}
