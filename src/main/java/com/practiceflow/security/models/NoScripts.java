package com.practiceflow.security.models;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * The engine's script engines: none. A script in a model (a script task, listener, condition or mapping, or a DMN
 * expression in a script language) would run any code as the server's user, so it fails with a reason instead.
 */
class NoScripts implements ScriptEngineResolver {

  private final ScriptEngineManager none = new ScriptEngineManager(null);

  @Override
  public void addScriptEngineFactory(ScriptEngineFactory factory) {
    // no script engine is ever added
  }

  @Override
  public ScriptEngineManager getScriptEngineManager() {
    return none;
  }

  @Override
  public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
    throw new ProcessEngineException("PracticeFlow runs no scripts in models (this one is written in '" + language
        + "'); use a step from the PracticeFlow element templates instead");
  }
}
