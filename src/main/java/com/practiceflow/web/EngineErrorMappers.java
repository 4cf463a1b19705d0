package com.practiceflow.web;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Registers {@link EngineErrorAnswers} in every Jersey application of the server, Camunda's REST API and the
 * webapps' APIs alike, through Jersey's service-loaded extension point, for the same exception types Camunda maps
 * itself and ahead of Camunda's own mappers.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class EngineErrorMappers implements ForcedAutoDiscoverable {

  private static final int AHEAD_OF_CAMUNDA = 1;

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(ForEngine.class)) {
      context.register(ForEngine.class, AHEAD_OF_CAMUNDA);
      context.register(ForRest.class, AHEAD_OF_CAMUNDA);
      context.register(ForAny.class, AHEAD_OF_CAMUNDA);
    }
  }

  /** Engine exceptions, Camunda's ProcessEngineExceptionHandler's type. */
  @Priority(AHEAD_OF_CAMUNDA)
  public static final class ForEngine implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return EngineErrorAnswers.answer(exception);
    }
  }

  /** REST exceptions wrapping engine ones, Camunda's RestExceptionHandler's type. */
  @Priority(AHEAD_OF_CAMUNDA)
  public static final class ForRest implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return EngineErrorAnswers.answer(exception);
    }
  }

  /** Anything else, Camunda's ExceptionHandler's type. */
  @Priority(AHEAD_OF_CAMUNDA)
  public static final class ForAny implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      if (exception instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
        return web.getResponse();
      }
      return EngineErrorAnswers.answer(exception);
    }
  }
}
