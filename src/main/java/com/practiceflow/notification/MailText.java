package com.practiceflow.notification;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the plain and HTML text out of a received message (for the mail catcher page and for tests). */
public final class MailText {

  private MailText() {
  }

  /** Every text part of the message, plain and HTML, concatenated. */
  public static String allText(Part part) throws MessagingException {
    try {
      Object content = part.getContent();
      if (content instanceof String text) {
        return text;
      }
      if (content instanceof Multipart multipart) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          out.append(allText(body)).append('\n');
        }
        return out.toString();
      }
      return "";
    } catch (IOException e) {
      throw new MessagingException("Cannot read message", e);
    }
  }

  /** The first text/plain part, or everything when there is none. */
  public static String plainText(Part part) throws MessagingException {
    try {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String text = plainText(multipart.getBodyPart(i));
          if (!text.isEmpty()) {
            return text;
          }
        }
      }
      return "";
    } catch (IOException e) {
      throw new MessagingException("Cannot read message", e);
    }
  }
}
