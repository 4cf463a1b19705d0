package com.practiceflow.deployment.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

import com.practiceflow.security.models.ModelBeans;

/** Puts the deployment guard in front of Camunda's deployers. */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

  private final ListableBeanFactory beans;
  private final List<DecisionContract> contracts;
  private final ModelBeans modelBeans;

  DeploymentGuardPlugin(ListableBeanFactory beans, List<DecisionContract> contracts, ModelBeans modelBeans) {
    this.beans = beans;
    this.contracts = contracts;
    this.modelBeans = modelBeans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    deployers.add(new GuardingDeployer(new DeploymentGuard(new EngineModelCatalog(beans, modelBeans), contracts)));
    configuration.setCustomPreDeployers(deployers);
  }
}
