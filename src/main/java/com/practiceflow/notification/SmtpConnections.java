package com.practiceflow.notification;

import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One open SMTP connection per sending thread, reused from email to email. Opening a connection (greeting, EHLO,
 * STARTTLS, AUTH) costs more than sending: 43 ms a connection against 3 ms an email on the built-in server, and
 * more on a remote one (the 2,500-task escalation sweep took 7 % less time with it, docs/benchmarks.md). A
 * connection the server has closed meanwhile is replaced once, then the failure is thrown.
 */
@Component
class SmtpConnections implements DisposableBean {

  private final JavaMailSender mailSender;
  private final ThreadLocal<Transport> current = new ThreadLocal<>();
  private final Set<Transport> open = ConcurrentHashMap.newKeySet();

  SmtpConnections(JavaMailSender mailSender) {
    this.mailSender = mailSender;
  }

  void send(MimeMessage message) throws MessagingException {
    if (!(mailSender instanceof JavaMailSenderImpl sender)) {
      mailSender.send(message);
      return;
    }
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    message.saveChanges();
    Transport transport = current.get();
    if (transport != null) {
      try {
        transport.sendMessage(message, message.getAllRecipients());
        return;
      } catch (MessagingException stale) {
        // most likely closed by the server while idle: one more try on a new connection
        close(transport);
      }
    }
    transport = connect(sender);
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      close(transport);
      throw e;
    }
  }

  private Transport connect(JavaMailSenderImpl sender) throws MessagingException {
    String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
    Transport transport = sender.getSession().getTransport(protocol);
    try {
      transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
    } catch (MessagingException | RuntimeException e) {
      throw new MailSendException("Could not connect to the mail server: " + e.getMessage(), e);
    }
    current.set(transport);
    open.add(transport);
    return transport;
  }

  private void close(Transport transport) {
    current.remove();
    open.remove(transport);
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // already gone
    }
  }

  @Override
  public void destroy() {
    open.forEach(this::close);
  }
}
