package com.practiceflow.deployment.guard;

/** What already exists outside the deployment under check. Kept apart so the checks need no engine internals. */
public interface ModelCatalog {

  /** The application's beans as expressions in models may see them. */
  com.practiceflow.security.models.ModelBeans beans();

  boolean formDeployed(String formId);

  boolean decisionDeployed(String decisionKey);

  boolean groupExists(String groupId);

  /** The statuses a step may set on this kind of record; null for an unknown record type. */
  java.util.List<String> recordStatuses(String recordType);
}
