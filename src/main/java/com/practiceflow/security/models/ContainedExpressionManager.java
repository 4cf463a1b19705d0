package com.practiceflow.security.models;

import java.lang.reflect.Method;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.beans.factory.BeanFactory;

/**
 * The engine's expression manager with the reach of {@link ExpressionRules}: variables and the case's own facts,
 * the PracticeFlow steps and {@link ModelApi} helpers by name, side-effect-free methods of plain values, and the
 * engine's date and user functions. Camunda's Spring default exposes every bean and lets an expression call any
 * public method of any object, which made a model a way to run code on the server.
 */
class ContainedExpressionManager extends JuelExpressionManager {

  private final BeanFactory beanFactory;
  private final ModelBeans modelBeans;

  ContainedExpressionManager(BeanFactory beanFactory, ModelBeans modelBeans) {
    this.beanFactory = beanFactory;
    this.modelBeans = modelBeans;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new ModelBeanElResolver(beanFactory, modelBeans));
    resolver.add(new ArrayELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new MapELResolver(true));
    resolver.add(new ContainedBeanElResolver());
    return resolver;
  }

  @Override
  protected FunctionMapper createFunctionMapper() {
    return new FunctionMapper() {
      @Override
      public Method resolveFunction(String prefix, String localName) {
        boolean plain = prefix == null || prefix.isBlank();
        return plain && ExpressionRules.FUNCTIONS.contains(localName) ? functions.get(localName) : null;
      }
    };
  }
}
