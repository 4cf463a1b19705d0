package com.practiceflow.operations;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * A refusal is a person's mistake to mend, not a fault of the server: a deployment the guard or the engine refused,
 * a step someone may not do (separation of duties, another's own task), an input refused with its reason. Each is logged as one warning line with
 * its reason, instead of the engine's error ENGINE-16004 ("Exception while closing command context") and its stack
 * trace of a hundred lines. Any other engine error is logged as the engine logs it.
 */
@Component
class RefusalLog extends TurboFilter implements InitializingBean, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger("com.practiceflow.refusals");
  private static final String ENGINE_LOGGERS = "org.camunda.bpm.engine";

  @Override
  public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
      Object[] params, Throwable thrown) {
    if (level != Level.ERROR || !logger.getName().startsWith(ENGINE_LOGGERS)) {
      return FilterReply.NEUTRAL;
    }
    for (Throwable cause = thrown != null ? thrown : lastThrowable(params); cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ParseException) {
        LOG.warn("Deployment refused: {}", oneLine(cause));
        return FilterReply.DENY;
      }
      if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException) {
        LOG.warn("Refused: {}", oneLine(cause));
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static String oneLine(Throwable refusal) {
    return String.valueOf(refusal.getMessage()).replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
  }

  @Override
  public void afterPropertiesSet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      start();
      logback.addTurboFilter(this);
    }
  }

  @Override
  public void destroy() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.getTurboFilterList().remove(this);
    }
  }
}
