package com.practiceflow.security.models;

import static com.practiceflow.security.models.ExpressionRules.*;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * JUEL's reflective property and method access, limited to the case's own facts (on the execution or task), the
 * {@link ModelApi} methods of helpers, and {@link ExpressionRules}' value methods. Anything else, {@code getClass()}
 * first, is refused with the name of what was tried.
 */
class ContainedBeanElResolver extends BeanELResolver {

  ContainedBeanElResolver() {
    super(true);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base == null || property == null) {
      return null;
    }
    if (base instanceof VariableScope && SCOPE_PROPERTIES.contains(property.toString())) {
      return super.getValue(context, base, property);
    }
    throw refused("read '" + property + "' of " + kind(base));
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
    if (base == null || method == null) {
      return null;
    }
    if (allowed(base, method.toString())) {
      return super.invoke(context, base, method, types, params);
    }
    throw refused("call " + method + "() on " + kind(base));
  }

  private static boolean allowed(Object base, String method) {
    if (base instanceof VariableScope) {
      return SCOPE_METHODS.contains(method);
    }
    Class<?> type = ClassUtils.getUserClass(base);
    if (AnnotationUtils.findAnnotation(type, ModelApi.class) != null) {
      return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(method)
          && AnnotationUtils.findAnnotation(m, ModelApi.class) != null);
    }
    return valueMethodAllowed(base, method);
  }

  private static String kind(Object base) {
    return base instanceof VariableScope ? "the case" : "a " + ClassUtils.getUserClass(base).getSimpleName();
  }

  private static ELException refused(String what) {
    return new ELException("A process model may not " + what + "; models use process variables, the PracticeFlow"
        + " steps and ${deadlines...} or ${schedules...}");
  }
}
