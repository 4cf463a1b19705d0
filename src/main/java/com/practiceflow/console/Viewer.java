package com.practiceflow.console;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;

import com.practiceflow.security.PracticeGroups;

/**
 * Who is looking at a console page, and so which parts of the practice the page shows: the same split as the
 * engine's authorizations and the records' APIs (claims for billing, staff files for HR and compliance).
 */
public record Viewer(String id, String name, List<String> groups) {

  static Viewer of(IdentityService identityService) {
    Authentication login = identityService.getCurrentAuthentication();
    if (login == null) {
      return new Viewer(null, "", List.of());
    }
    User user = identityService.createUserQuery().userId(login.getUserId()).singleResult();
    String name = user == null || user.getFirstName() == null ? login.getUserId()
        : (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return new Viewer(login.getUserId(), name, login.getGroupIds() == null ? List.of() : login.getGroupIds());
  }

  public boolean in(String group) {
    return groups.contains(group);
  }

  public boolean isManager() {
    return in(PracticeGroups.PRACTICE_MANAGERS) || in(PracticeGroups.CAMUNDA_ADMIN);
  }

  /** Complaint records: the managers and the groups complaints are routed to. */
  public boolean isSeesComplaints() {
    return isManager() || in(PracticeGroups.BILLING) || in(PracticeGroups.CLINICIANS) || in(PracticeGroups.COMPLIANCE);
  }

  public boolean isSeesDisputes() {
    return isManager() || in(PracticeGroups.BILLING);
  }

  public boolean isSeesStaff() {
    return isManager() || in(PracticeGroups.HR) || in(PracticeGroups.COMPLIANCE);
  }

  /** I-9s and screening searches: HR and compliance only, as the staff-file API. */
  public boolean isSeesRestrictedStaff() {
    return in(PracticeGroups.HR) || in(PracticeGroups.COMPLIANCE);
  }
}
