package com.practiceflow.policies;

import java.time.LocalDate;
import java.util.List;

/** What a policy owner drafts: a new policy (no reference) or a revision of an existing one. */
public record PolicyDraft(String policyReference, String title, String category, String owner, String ownerGroup,
    List<String> scope, String documentLink, String text, LocalDate effectiveOn, int reviewIntervalMonths,
    boolean materialChange) {
}
