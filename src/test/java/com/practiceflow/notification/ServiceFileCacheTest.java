package com.practiceflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;

import jakarta.mail.util.StreamProvider;

import org.junit.jupiter.api.Test;

class ServiceFileCacheTest {

  private static final String STREAM_PROVIDERS = "META-INF/services/" + StreamProvider.class.getName();
  private final ClassLoader application = ServiceFileCacheTest.class.getClassLoader();
  private final ServiceFileCache cache = new ServiceFileCache(application);

  @Test
  void aServiceFileReadsTheSameFromTheCacheAsFromItsJarEveryTimeItIsAskedFor() throws IOException {
    List<String> fromJars = contents(application, STREAM_PROVIDERS);

    assertThat(fromJars).isNotEmpty().allSatisfy(content -> assertThat(content).contains("MailStreamProvider"));
    assertThat(contents(cache, STREAM_PROVIDERS)).isEqualTo(fromJars);
    assertThat(contents(cache, STREAM_PROVIDERS)).isEqualTo(fromJars);
  }

  @Test
  void jakartaMailFindsItsStreamProviderUnderTheCache() {
    String fromJars = ServiceLoader.load(StreamProvider.class, application).findFirst().orElseThrow()
        .getClass().getName();

    assertThat(ServiceLoader.load(StreamProvider.class, cache).findFirst()).get()
        .extracting(provider -> provider.getClass().getName()).isEqualTo(fromJars);
  }

  @Test
  void otherResourcesStillComeFromTheApplication() throws IOException {
    assertThat(Collections.list(cache.getResources("application.yaml")))
        .isEqualTo(Collections.list(application.getResources("application.yaml")));
  }

  private static List<String> contents(ClassLoader loader, String name) throws IOException {
    List<String> contents = new ArrayList<>();
    for (URL url : Collections.list(loader.getResources(name))) {
      try (InputStream in = url.openStream()) {
        contents.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return contents;
  }
}
