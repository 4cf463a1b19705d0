package com.practiceflow;

import java.util.ArrayList;
import java.util.List;

import com.practiceflow.notification.MailCatcher;
import com.practiceflow.notification.MailText;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/** What the built-in mail catcher (a real SMTP server) received, as plain values for assertions. */
public final class MailAssertions {

  /** One received email. */
  public record Mail(List<String> to, String subject, String body) {
  }

  private MailAssertions() {
  }

  public static List<Mail> received(MailCatcher catcher) {
    List<Mail> out = new ArrayList<>();
    try {
      for (MimeMessage message : catcher.messages()) {
        List<String> to = new ArrayList<>();
        for (Address address : message.getAllRecipients()) {
          to.add(address.toString());
        }
        out.add(new Mail(to, message.getSubject(), MailText.allText(message)));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  public static List<Mail> to(MailCatcher catcher, String recipient) {
    return received(catcher).stream().filter(m -> m.to().contains(recipient)).toList();
  }
}
