package com.practiceflow.security.models;

import java.util.Set;

/** The application's beans as process models see them. */
public interface ModelBeans {

  /** Any bean of the application, exposed or not. */
  boolean isBean(String name);

  /** A step a model runs through a delegate expression: a Java delegate or an execution or task listener. */
  boolean isStep(String name);

  /** A bean marked {@link ModelApi}. */
  boolean isHelper(String name);

  /** The {@link ModelApi} methods of a helper bean; empty for any other name. */
  Set<String> helperMethods(String name);
}
