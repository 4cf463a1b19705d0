package com.practiceflow.security.models;

import java.beans.FeatureDescriptor;
import java.util.Iterator;

import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.BeanFactory;

/** Resolves a bare name to a bean only when it is a PracticeFlow step or a {@link ModelApi} helper. */
class ModelBeanElResolver extends ELResolver {

  private final BeanFactory beanFactory;
  private final ModelBeans beans;

  ModelBeanElResolver(BeanFactory beanFactory, ModelBeans beans) {
    this.beanFactory = beanFactory;
    this.beans = beans;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base == null && property instanceof String name && (beans.isStep(name) || beans.isHelper(name))) {
      context.setPropertyResolved(true);
      return beanFactory.getBean(name);
    }
    return null;
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // beans are never assigned from a model
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return Object.class;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }
}
