package com.practiceflow.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The default profile's mail server: a real SMTP server (GreenMail) inside the app that keeps every message it
 * receives, so a manager can read what was sent without configuring anything. Port 0 picks a free port once and
 * keeps it across {@link #stop()} and {@link #start()}.
 */
public class MailCatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailCatcher.class);

  private final int port;
  private GreenMail server;

  public MailCatcher(int configuredPort) {
    if (configuredPort == 0) {
      this.port = freePort();
    } else if (inUse(configuredPort)) {
      // a second instance on one machine, or a mail server of its own: catch mail elsewhere rather than not start
      this.port = freePort();
      LOG.warn("Mail catcher: port {} is in use (another PracticeFlow or a mail server?), so mail is caught on port"
          + " {} instead; set practiceflow.mail-catcher.port to choose the port", configuredPort, port);
    } else {
      this.port = configuredPort;
    }
  }

  public synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public synchronized boolean isRunning() {
    return server != null;
  }

  public int port() {
    return port;
  }

  /** Everything received since start-up (or the last {@link #clear()}), oldest first. */
  public synchronized List<MimeMessage> messages() {
    return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
  }

  public synchronized void clear() {
    if (server != null) {
      try {
        server.purgeEmailFromAllMailboxes();
      } catch (Exception e) {
        throw new IllegalStateException("Could not clear the mail catcher", e);
      }
    }
  }

  private static boolean inUse(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return false;
    } catch (IOException taken) {
      return true;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
