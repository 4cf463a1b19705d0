package com.practiceflow.onboarding;

import java.util.HashMap;
import java.util.Map;

/** Small helpers shared by the staff process tests. */
final class StaffTestSupport {

  private StaffTestSupport() {
  }

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  static Map<String, Object> clearExclusions() {
    return vars("searchedOn", "2026-11-24", "leieResult", "no-match", "samResult", "no-match", "medicaidResult",
        "no-match", "exclusionEvidence", "EVID-1");
  }
}
