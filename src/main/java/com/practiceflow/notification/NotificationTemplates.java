package com.practiceflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.practiceflow.calendar.CalendarProperties;

/** Renders a notification's subject and HTML body from its template; every value is HTML-escaped. */
@Component
public class NotificationTemplates {

  /** What a rendered email consists of. */
  public record RenderedEmail(String subject, String html, String text) {
  }

  private final DateTimeFormatter dueFormat;
  // read once: a sweep renders thousands, and reading the jar each time showed in the profile
  private final Map<NotificationType, String> loaded = new ConcurrentHashMap<>();

  public NotificationTemplates(CalendarProperties calendar) {
    this.dueFormat = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.US).withZone(calendar.getZone());
  }

  public RenderedEmail render(NotificationType type, String reference, String taskName, Date dueDate, String link) {
    String template = loaded.computeIfAbsent(type, NotificationTemplates::load);
    Map<String, String> values = Map.of(
        "{reference}", nullToEmpty(reference),
        "{taskName}", nullToEmpty(taskName),
        "{dueDate}", dueDate == null ? "no due date" : dueFormat.format(dueDate.toInstant()),
        "{link}", nullToEmpty(link));
    int newline = template.indexOf('\n');
    String subject = fill(template.substring(0, newline).trim(), values, false);
    String html = fill(template.substring(newline + 1).trim(), values, true);
    String text = html.replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2: $1").replaceAll("<[^>]+>", "");
    return new RenderedEmail(subject, html, HtmlUtils.htmlUnescape(text));
  }

  private static String fill(String template, Map<String, String> values, boolean escape) {
    String out = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      out = out.replace(value.getKey(), escape ? HtmlUtils.htmlEscape(value.getValue()) : value.getValue());
    }
    return out;
  }

  private static String load(NotificationType type) {
    String resource = "/notifications/" + type.templateName() + ".txt";
    try (InputStream in = NotificationTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing notification template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
