package com.practiceflow.notification;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.MessagingException;

/**
 * Jakarta Mail looks up its stream provider with ServiceLoader for every part it creates or writes, and each lookup
 * asks the class loader to search every jar for the service file (about 10 % of all CPU in the escalation sweep's
 * profile). Building and sending under this loader answers those searches from a cache; classes and every other
 * resource still come from the application's own loader.
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
      urls = List.copyOf(Collections.list(getParent().getResources(name)));
      found.put(name, urls);
    }
    return Collections.enumeration(urls);
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
