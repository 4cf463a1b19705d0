package com.practiceflow.security.models;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/** {@link ModelBeans} read from the Spring context, by type and annotation, without creating any bean early. */
@Component
public class SpringModelBeans implements ModelBeans {

  private final ListableBeanFactory beans;
  private final Map<String, Set<String>> helperMethods = new ConcurrentHashMap<>();

  SpringModelBeans(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public boolean isBean(String name) {
    return beans.containsBean(name);
  }

  @Override
  public boolean isStep(String name) {
    return beans.containsBean(name) && (beans.isTypeMatch(name, JavaDelegate.class)
        || beans.isTypeMatch(name, ExecutionListener.class) || beans.isTypeMatch(name, TaskListener.class));
  }

  @Override
  public boolean isHelper(String name) {
    if (!beans.containsBean(name)) {
      return false;
    }
    Class<?> type = beans.getType(name);
    return type != null && AnnotationUtils.findAnnotation(type, ModelApi.class) != null;
  }

  @Override
  public Set<String> helperMethods(String name) {
    if (!isHelper(name)) {
      return Set.of();
    }
    return helperMethods.computeIfAbsent(name, n -> {
      Set<String> methods = new TreeSet<>();
      for (Method method : beans.getType(n).getMethods()) {
        if (AnnotationUtils.findAnnotation(method, ModelApi.class) != null) {
          methods.add(method.getName());
        }
      }
      return Set.copyOf(methods);
    });
  }
}
