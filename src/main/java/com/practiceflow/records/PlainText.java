package com.practiceflow.records;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The one rule for text anyone sends: letters, digits, punctuation, tabs and line breaks, never a control
 * character. A NUL or an escape code is never typed by a person, PostgreSQL refuses NUL in text while H2 stores
 * it, and the others would reach a letter, an email or a CSV export unseen. Applied to every string of
 * PracticeFlow's JSON API (this module, which Spring adds to its JSON reader) and of task and start forms
 * ({@code security.inputs.Gate}).
 */
@Component
public class PlainText extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public PlainText() {
    super("PlainText");
    addDeserializer(String.class, new StringDeserializer() {
      private static final long serialVersionUID = 1L;

      @Override
      public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        String problem = problem(value);
        if (problem != null) {
          throw InvalidFormatException.from(parser, problem, value, String.class);
        }
        return value;
      }
    });
  }

  /** Why the text is refused, or null when it is plain text. */
  public static String problem(String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return "holds a control character (U+%04X) at position %d, which no text may hold; remove it (copying"
            .formatted((int) c, i + 1) + " from another program can bring one in)";
      }
    }
    return null;
  }
}
