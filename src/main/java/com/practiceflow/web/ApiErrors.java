package com.practiceflow.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.ServletException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.practiceflow.security.inputs.InputRefusedException;

/**
 * Turns invalid input into 400 with a message per field, a refused permission into 403, and every
 * other failure of PracticeFlow's API into the status it deserves with a reason, never a Java message.
 */
@RestControllerAdvice(basePackages = "com.practiceflow")
class ApiErrors {


  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      fields.merge(error.getField(), error.getDefaultMessage(), (a, b) -> a + "; " + b);
    }
    return body(HttpStatus.BAD_REQUEST, "The request has invalid fields", fields);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      fields.put(unknown.getPropertyName(), "is not a field of this request");
    } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
      fields.put(field, wrongFormat(mapping));
    }
    return body(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape", fields);
  }

  private static String wrongFormat(JsonMappingException mapping) {
    Class<?> type = mapping instanceof MismatchedInputException input ? input.getTargetType() : null;
    if (type == String.class && mapping instanceof InvalidFormatException text) {
      return text.getOriginalMessage();
    }
    if (type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "must be a date written as text, yyyy-MM-dd (for example \"2026-03-31\")";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
      return "must be a number";
    }
    return "has the wrong format (dates are yyyy-MM-dd, flags true or false)";
  }

  /** A value refused by PracticeFlow's own rules, beside its field when one is named. */
  @ExceptionHandler(InputRefusedException.class)
  ResponseEntity<Map<String, Object>> refusedInput(InputRefusedException e) {
    return body(HttpStatus.BAD_REQUEST, e.getMessage(), e.field() == null ? Map.of() : Map.of(e.field(),
        e.getMessage()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    return body(HttpStatus.FORBIDDEN, "You are not allowed to do this: " + e.getMessage(), Map.of());
  }

  /** Refusals of PracticeFlow's controllers and of Spring's request handling, with their reason. */
  @ExceptionHandler(ErrorResponseException.class)
  ResponseEntity<Map<String, Object>> refused(ErrorResponseException e) {
    String reason = e instanceof ResponseStatusException status ? status.getReason() : e.getBody().getDetail();
    return body(HttpStatus.valueOf(e.getStatusCode().value()), reason == null ? "The request was refused" : reason,
        Map.of());
  }

  /** Anything else, engine refusals included: the status they deserve, never a Java message. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> failed(Exception e) throws Exception {
    if (e instanceof ErrorResponse || e instanceof ServletException) {
      throw e; // Spring's own handling answers these with their status
    }
    EngineErrorAnswers.Verdict verdict = EngineErrorAnswers.verdict(e);
    return body(HttpStatus.valueOf(verdict.status()), verdict.message(), Map.of());
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, Map<String, String> fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message);
    body.put("errors", fields);
    return ResponseEntity.status(status).body(body);
  }
}
