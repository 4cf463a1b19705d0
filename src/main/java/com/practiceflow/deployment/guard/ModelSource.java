package com.practiceflow.deployment.guard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A file of the deployment under check: its name and bytes. */
public record ModelSource(String name, byte[] bytes) {

  public InputStream open() {
    return new ByteArrayInputStream(bytes);
  }

  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  public boolean hasSuffix(String suffix) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix);
  }

  /** Line of {@code id="elementId"} in the file, so the manager can find it; 0 when not found. */
  int lineOf(String elementId) {
    String text = text();
    int at = text.indexOf("id=\"" + elementId + "\"");
    if (at < 0) {
      return 0;
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
