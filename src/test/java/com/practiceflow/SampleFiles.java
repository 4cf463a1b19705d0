package com.practiceflow;

import java.io.IOException;
import java.io.InputStream;

/** The sample remittance files in src/test/resources/remittances. */
public final class SampleFiles {

  private SampleFiles() {
  }

  public static byte[] remittance(String name) {
    try (InputStream in = SampleFiles.class.getResourceAsStream("/remittances/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No sample remittance " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
