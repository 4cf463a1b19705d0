package com.practiceflow.notification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.MessagingException;

/**
 * Jakarta Mail looks up its stream provider with ServiceLoader for every part it creates or writes, and each lookup
 * asks the class loader to search every jar for the service file (about 10 % of all CPU in the escalation sweep's
 * profile), then opens and reads each file it found. Building and sending under this loader answers those searches
 * from a cache, with each file's content kept in memory (docs/benchmarks.md, tuning steps 9 and 25); classes and
 * every other resource still come from the application's own loader.
 */
final class ServiceFileCache extends ClassLoader {

  private static final String SERVICES = "META-INF/services/";

  private final Map<String, List<URL>> found = new ConcurrentHashMap<>();

  ServiceFileCache(ClassLoader application) {
    super(application);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (!name.startsWith(SERVICES)) {
      return super.getResources(name);
    }
    List<URL> urls = found.get(name);
    if (urls == null) {
      urls = read(name);
      found.put(name, urls);
    }
    return Collections.enumeration(urls);
  }

  private List<URL> read(String name) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (URL url : Collections.list(getParent().getResources(name))) {
      try (InputStream in = url.openStream()) {
        urls.add(new URL(null, "cached:" + url, new InMemory(in.readAllBytes())));
      }
    }
    return List.copyOf(urls);
  }

  /** Serves one service file's content, read once. */
  private static final class InMemory extends URLStreamHandler {

    private final byte[] content;

    InMemory(byte[] content) {
      this.content = content;
    }

    @Override
    protected URLConnection openConnection(URL url) {
      return new URLConnection(url) {
        @Override
        public void connect() {
          // nothing to connect to: the content is in memory
        }

        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(content);
        }
      };
    }
  }

  /** Work that builds or sends mail, run with this loader as the thread's context loader. */
  interface MailWork {
    void run() throws MessagingException;
  }

  void run(MailWork work) throws MessagingException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(this);
    try {
      work.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
