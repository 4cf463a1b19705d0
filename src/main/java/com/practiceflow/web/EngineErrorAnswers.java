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

/**
 * How a failure of the engine is answered, by Camunda's REST APIs ({@code /engine-rest} and the webapps'
 * {@code /camunda/api}) and by PracticeFlow's own. Camunda answers 500 with the engine's Java message for most
 * refusals (a start refused by a step, a task that does not exist, a form's invalid input); this looks through the
 * causes for what was really wrong: 403 for a refused permission (also from inside a task listener), 404 for what
 * does not exist or may not be seen, 400 for invalid input, 409 for a concurrent change. What remains is a server
 * fault: 500 with a reference to the log, never the Java message.
 */
final class EngineErrorAnswers {

  /** The status, the kind of failure and a message a person can read. */
  record Verdict(int status, String type, String message) {
  }

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswers.class);
  private static final Pattern CODES = Pattern.compile("\\b(ENGINE|DMN|FEEL/SCALA|SPIN/[A-Z-]+)-\\d+\\s*");
  private static final Pattern JAVA_EXCEPTION = Pattern.compile(
      "\\b(java|javax|jakarta|org|com)\\.[\\w.$]+(Exception|Error)\\b:?");
  private static final Pattern JAVA_TYPE = Pattern.compile("\\b(?:java|javax|jakarta|org|com)\\.(?:[a-z]\\w*\\.)+([A-Z]\\w*)");

  private EngineErrorAnswers() {
  }

  /** For JAX-RS. A parse refusal keeps Camunda's own answer, whose per-file details the Modeler shows. */
  static Response answer(Throwable failure) {
    Throwable parse = find(failure, ParseException.class);
    if (parse != null) {
      return ExceptionHandlerHelper.getInstance().getResponse(parse);
    }
    // an engine refusal underneath says more than the REST layer's wrapping ("Not enough parameters submitted")
    Integer given = given(failure);
    if (given != null && given < 500 && find(failure, AuthorizationException.class, BadUserRequestException.class)
        == null) {
      ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(failure);
      body.setMessage(plain(body.getMessage()));
      return Response.status(given).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    Verdict verdict = verdict(failure);
    ExceptionDto body = new ExceptionDto();
    body.setType(verdict.type());
    body.setMessage(verdict.message());
    return Response.status(verdict.status()).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  static Verdict verdict(Throwable failure) {
    Throwable cause;
    if ((cause = find(failure, AuthorizationException.class)) != null) {
      return plain(403, cause);
    }
    // NotFoundException is a BadUserRequestException: asked first
    if ((cause = find(failure, NotFoundException.class)) != null) {
      return plain(404, cause);
    }
    // PracticeFlow's steps refuse bad input with IllegalArgumentException and a message that names the field
    if ((cause = find(failure, BadUserRequestException.class, NotValidException.class,
        FormFieldValidationException.class, ParseException.class, IllegalArgumentException.class)) != null) {
      return plain(400, cause);
    }
    // and a case whose record does not match what a request names with IllegalStateException
    if ((cause = find(failure, IllegalStateException.class)) != null) {
      return plain(409, cause);
    }
    if ((cause = find(failure, OptimisticLockingException.class)) != null) {
      return new Verdict(409, "Conflict", "Someone changed this case at the same moment; reload it and try again");
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.warn("Request failed (reference {})", reference, failure);
    return new Verdict(500, "ServerError", "The server could not complete this request; the details are in its log"
        + " under reference " + reference);
  }

  /** The engine's message without its codes and Java class names: what a person can read. */
  static String plain(String message) {
    if (message == null || message.isBlank()) {
      return "The request was refused";
    }
    String plain = JAVA_EXCEPTION.matcher(CODES.matcher(message).replaceAll("")).replaceAll("");
    return JAVA_TYPE.matcher(plain.replace("java type ", "type ")).replaceAll("$1").trim();
  }

  private static Verdict plain(int status, Throwable cause) {
    return new Verdict(status, cause.getClass().getSimpleName(), plain(cause.getMessage()));
  }

  private static Integer given(Throwable failure) {
    if (failure instanceof RestException rest && rest.getStatus() != null) {
      return rest.getStatus().getStatusCode();
    }
    if (failure instanceof WebApplicationException web) {
      return web.getResponse().getStatus();
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
