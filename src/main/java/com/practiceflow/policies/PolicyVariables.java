package com.practiceflow.policies;

import static com.practiceflow.records.VariableValues.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The policy processes' variables, by name and type; form field keys in {@code forms/policies/} are these names. */
public final class PolicyVariables {

  public static final String POLICY_REFERENCE = "policyReference";
  public static final String POLICY_ID = "policyId";
  public static final String VERSION_ID = "versionId";
  public static final String CASE_REFERENCE = "caseReference";
  public static final String TITLE = "title";
  public static final String CATEGORY = "category";
  public static final String OWNER_GROUP = "ownerGroup";
  public static final String POLICY_OWNER = "policyOwner";
  public static final String SCOPE_GROUPS = "scopeGroups";
  public static final String DOCUMENT_LINK = "documentLink";
  public static final String POLICY_TEXT = "policyText";
  public static final String EFFECTIVE_ON = "effectiveOn";
  public static final String REVIEW_INTERVAL_MONTHS = "reviewIntervalMonths";
  public static final String MATERIAL_CHANGE = "materialChange";
  public static final String DRAFT_FROM_REVIEW = "draftFromReview";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String ATTESTATION_REQUIRED = "attestationRequired";
  public static final String ATTESTEES = "attestees";
  public static final String ATTESTEE = "attestee";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String NEXT_REVIEW_ON = "nextReviewOn";

  private PolicyVariables() {
  }

  /** A Camunda Forms checklist arrives as a JSON list (or, in older Tasklists, a string); code passes a list. */
  public static List<String> groups(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    List<String> groups = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(v -> groups.add(v.toString()));
    } else if (value != null) {
      for (String part : value.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
        if (!part.isBlank()) {
          groups.add(part.trim());
        }
      }
    }
    return groups;
  }
}
