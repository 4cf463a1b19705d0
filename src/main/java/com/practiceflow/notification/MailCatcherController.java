package com.practiceflow.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import com.practiceflow.security.CurrentUser;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Lets a logged-in practice manager read what the built-in mail catcher received: {@code /api/mail-catcher}. */
@RestController
@RequestMapping("/api/mail-catcher")
class MailCatcherController {

  private final ObjectProvider<MailCatcher> catcher;
  private final CurrentUser currentUser;

  MailCatcherController(ObjectProvider<MailCatcher> catcher, CurrentUser currentUser) {
    this.catcher = catcher;
    this.currentUser = currentUser;
  }

  @GetMapping(value = "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, String>> messages() throws MessagingException {
    MailCatcher mailCatcher = allowed();
    List<Map<String, String>> out = new ArrayList<>();
    for (MimeMessage message : mailCatcher.messages()) {
      out.add(Map.of("to", addresses(message.getAllRecipients()), "subject", message.getSubject(),
          "sent", String.valueOf(message.getSentDate()), "text", MailText.plainText(message)));
    }
    return out;
  }

  @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
  String page() throws MessagingException {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">"
        + "<title>PracticeFlow mail catcher</title></head><body style=\"font-family:sans-serif\">"
        + "<h1>Mail sent by PracticeFlow</h1><table border=\"1\" cellpadding=\"6\"><tr><th>Sent</th><th>To</th>"
        + "<th>Subject</th><th>Body</th></tr>");
    for (Map<String, String> message : messages()) {
      html.append("<tr><td>").append(HtmlUtils.htmlEscape(message.get("sent"))).append("</td><td>")
          .append(HtmlUtils.htmlEscape(message.get("to"))).append("</td><td>")
          .append(HtmlUtils.htmlEscape(message.get("subject"))).append("</td><td><pre>")
          .append(HtmlUtils.htmlEscape(message.get("text"))).append("</pre></td></tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  private MailCatcher allowed() {
    if (!currentUser.isManager()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only practice managers may read the mail catcher");
    }
    MailCatcher mailCatcher = catcher.getIfAvailable();
    if (mailCatcher == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "The mail catcher is off: mail goes to the SMTP server in spring.mail.host");
    }
    return mailCatcher;
  }

  private static String addresses(Address[] addresses) {
    return addresses == null ? "" : String.join(", ", java.util.Arrays.stream(addresses).map(Address::toString).toList());
  }
}
