package com.practiceflow.security.models;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.SimpleBindings;

/**
 * A script language, {@code probe}, that really runs: {@code touch <file>} creates the file. Java 17 ships no script
 * engine, so without this a test of "no scripts run" could pass only because none could.
 */
public class ProbeScriptEngineFactory implements ScriptEngineFactory {

  public static final AtomicInteger RUNS = new AtomicInteger();

  @Override
  public String getEngineName() {
    return "probe";
  }

  @Override
  public String getEngineVersion() {
    return "1";
  }

  @Override
  public List<String> getExtensions() {
    return List.of("probe");
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of();
  }

  @Override
  public List<String> getNames() {
    return List.of("probe");
  }

  @Override
  public String getLanguageName() {
    return "probe";
  }

  @Override
  public String getLanguageVersion() {
    return "1";
  }

  @Override
  public Object getParameter(String key) {
    return ScriptEngine.NAME.equals(key) ? "probe" : null;
  }

  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return m;
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    return toDisplay;
  }

  @Override
  public String getProgram(String... statements) {
    return String.join("\n", statements);
  }

  @Override
  public ScriptEngine getScriptEngine() {
    ScriptEngineFactory factory = this;
    return new AbstractScriptEngine() {
      @Override
      public Object eval(String script, ScriptContext context) {
        RUNS.incrementAndGet();
        String text = script.trim();
        if (text.startsWith("touch ")) {
          try {
            Files.createDirectories(Path.of(text.substring(6)).toAbsolutePath().getParent());
            Files.writeString(Path.of(text.substring(6)), "ran");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return Boolean.TRUE;
      }

      @Override
      public Object eval(Reader reader, ScriptContext context) {
        throw new UnsupportedOperationException("probe scripts are strings");
      }

      @Override
      public Bindings createBindings() {
        return new SimpleBindings();
      }

      @Override
      public ScriptEngineFactory getFactory() {
        return factory;
      }
    };
  }
}
