package com.practiceflow.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's local SMTP server: it speaks SMTP to the app over TCP like any relay and keeps only a count of the
 * messages it accepted. The built-in mail catcher (GreenMail) parses and stores every message in the app's own JVM:
 * 27-40 % of ours' extra profile samples on main paths that send an email (docs/benchmarks.md, step 18). A
 * practice's mail server runs elsewhere, so its work is not PracticeFlow's overhead.
 */
final class SmtpSink implements AutoCloseable {

  private final ServerSocket server;
  private final ExecutorService sessions = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "smtp-sink");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger received = new AtomicInteger();

  SmtpSink() throws IOException {
    server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    sessions.execute(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  /** Messages accepted so far. */
  int received() {
    return received.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sessions.execute(() -> session(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void session(Socket socket) {
    try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
        StandardCharsets.ISO_8859_1)); Writer out = new OutputStreamWriter(socket.getOutputStream(),
            StandardCharsets.ISO_8859_1)) {
      reply(out, "220 localhost SMTP sink");
      String line;
      while ((line = in.readLine()) != null) {
        switch (line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT)) {
          case "EHLO" -> reply(out, "250-localhost\r\n250 8BITMIME");
          case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // a message's lines are read and dropped; a line of a single dot ends it
            }
            received.incrementAndGet();
            reply(out, "250 OK");
          }
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Command not implemented");
        }
      }
    } catch (IOException e) {
      // the client closed its connection
    }
  }

  private static void reply(Writer out, String text) throws IOException {
    out.write(text + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    sessions.shutdownNow();
  }
}
