package com.practiceflow.web;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart upload over the limit is refused while the request is read, before any controller is chosen, so
 * this answer applies everywhere: 413 and the limit.
 */
@RestControllerAdvice
class UploadLimit {

  private final String maxUpload;

  UploadLimit(@Value("${spring.servlet.multipart.max-file-size}") String maxUpload) {
    this.maxUpload = maxUpload;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("status", 413, "message",
        "The upload is larger than the server takes (" + maxUpload + "); split it into several files"));
  }
}
