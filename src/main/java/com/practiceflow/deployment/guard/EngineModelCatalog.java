package com.practiceflow.deployment.guard;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ListableBeanFactory;

import com.practiceflow.records.RecordStatuses;
import com.practiceflow.security.models.ModelBeans;

/**
 * Looks up what exists, inside the deploying command and without the deploying user's authorizations: a manager
 * may deploy without being allowed to list every group.
 */
class EngineModelCatalog implements ModelCatalog {

  private final ListableBeanFactory beans;
  private final ModelBeans modelBeans;

  EngineModelCatalog(ListableBeanFactory beans, ModelBeans modelBeans) {
    this.beans = beans;
    this.modelBeans = modelBeans;
  }

  @Override
  public ModelBeans beans() {
    return modelBeans;
  }

  @Override
  public boolean formDeployed(String formId) {
    return lookup(c -> c.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null);
  }

  @Override
  public boolean decisionDeployed(String decisionKey) {
    return lookup(c -> c.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(decisionKey) != null);
  }

  @Override
  public boolean groupExists(String groupId) {
    return lookup(c -> c.getReadOnlyIdentityProvider().findGroupById(groupId) != null);
  }

  @Override
  public java.util.List<String> recordStatuses(String recordType) {
    return beans.getBeansOfType(RecordStatuses.class).values().stream()
        .filter(r -> r.recordType().equals(recordType)).findFirst().map(RecordStatuses::statuses).orElse(null);
  }

  private static boolean lookup(java.util.function.Predicate<CommandContext> query) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> query.test(context));
  }
}
