package com.practiceflow.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * How Camunda's REST APIs ({@code /engine-rest} and the webapps' {@code /camunda/api}) answer a failure. Camunda
 * answers 500 with the engine's Java message for most refusals (a start refused by a step, a task that does not
 * exist, a form's invalid input); this looks through the causes for what was really wrong and answers in kind: 403
 * for a refused permission (also from inside a task listener), 400 for invalid input, 404 for what does not exist
 * or may not be seen, 409 for a concurrent change. What remains is a server fault: 500 with a reference to the
 * log, never the Java message.
 */
final class EngineErrorAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswers.class);
  private static final Pattern CODES = Pattern.compile("\\b(ENGINE|DMN|FEEL/SCALA|SPIN/[A-Z-]+)-\\d+\\s*");
  private static final Pattern JAVA = Pattern.compile("\\b(java|javax|jakarta|org|com)\\.[\\w.$]+(Exception|Error)\\b:?");

  private EngineErrorAnswers() {
  }

  static Response answer(Throwable failure) {
    Throwable parse = find(failure, ParseException.class);
    if (parse != null) {
      return ExceptionHandlerHelper.getInstance().getResponse(parse); // keeps the per-file details the Modeler shows
    }
    Throwable cause;
    if ((cause = find(failure, AuthorizationException.class)) != null) {
      return answer(Status.FORBIDDEN, cause);
    }
    // NotFoundException is a BadUserRequestException: asked first
    if ((cause = find(failure, NotFoundException.class)) != null) {
      return answer(Status.NOT_FOUND, cause);
    }
    if ((cause = find(failure, BadUserRequestException.class, NotValidException.class,
        FormFieldValidationException.class)) != null) {
      return answer(Status.BAD_REQUEST, cause);
    }
    if ((cause = find(failure, OptimisticLockingException.class)) != null) {
      return answer(Status.CONFLICT, "Someone changed this case at the same moment; reload it and try again", cause);
    }
    Status given = given(failure);
    if (given != null && given.getStatusCode() < 500) {
      return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.warn("Request failed (reference {})", reference, failure);
    return answer(Status.INTERNAL_SERVER_ERROR, "The server could not complete this request; the details are in its"
        + " log under reference " + reference, failure);
  }

  /** The engine's message without its codes and Java class names: what a person can read. */
  static String plain(String message) {
    if (message == null || message.isBlank()) {
      return "The request was refused";
    }
    return JAVA.matcher(CODES.matcher(message).replaceAll("")).replaceAll("").trim();
  }

  private static Response answer(Status status, Throwable cause) {
    return answer(status, plain(cause.getMessage()), cause);
  }

  private static Response answer(Status status, String message, Throwable cause) {
    ExceptionDto body = new ExceptionDto();
    body.setType(cause.getClass().getSimpleName());
    body.setMessage(message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static Status given(Throwable failure) {
    if (failure instanceof RestException rest) {
      return rest.getStatus();
    }
    if (failure instanceof WebApplicationException web) {
      return Status.fromStatusCode(web.getResponse().getStatus());
    }
    return null;
  }

  @SafeVarargs
  private static Throwable find(Throwable failure, Class<? extends Throwable>... types) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(cause)) {
          return cause;
        }
      }
    }
    return null;
  }
}
