package com.practiceflow.security;

import java.util.List;

/** The practice's roles, as Camunda groups. Process models name them as candidate groups. */
public final class PracticeGroups {

  public static final String PRACTICE_MANAGERS = "practice-managers";
  public static final String HR = "hr";
  public static final String FRONT_DESK = "front-desk";
  public static final String COMPLIANCE = "compliance";
  public static final String BILLING = "billing";
  public static final String CLINICIANS = "clinicians";
  public static final String IT = "it";
  /** Camunda's own administrators group (the starter's name for it). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  public static final List<String> STAFF_GROUPS = List.of(PRACTICE_MANAGERS, HR, FRONT_DESK, COMPLIANCE, BILLING,
      CLINICIANS, IT);

  private PracticeGroups() {
  }

  public static String displayName(String groupId) {
    return switch (groupId) {
      case PRACTICE_MANAGERS -> "Practice managers";
      case HR -> "Human resources";
      case FRONT_DESK -> "Front desk";
      case COMPLIANCE -> "Compliance (privacy officer)";
      case BILLING -> "Billing";
      case CLINICIANS -> "Clinicians";
      case IT -> "IT";
      default -> groupId;
    };
  }

  public static boolean exists(String groupId) {
    return STAFF_GROUPS.contains(groupId);
  }
}
