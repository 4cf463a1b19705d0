package com.practiceflow.security.models;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that process models may call, and each of its methods they may call, as in
 * {@code ${deadlines.due(execution, 'complaint-acknowledgement')}}. Every other bean and method is out of reach of
 * expressions, whoever deployed the model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ModelApi {
}
