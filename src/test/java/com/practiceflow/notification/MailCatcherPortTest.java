package com.practiceflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MailCatcherPortTest {

  @Test
  void aTakenPortIsLeftAloneAndTheCatcherListensOnAFreeOneItNames(CapturedOutput log) throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      int busy = taken.getLocalPort();
      MailCatcher catcher = new MailCatcher(busy);
      catcher.start();
      try {
        assertThat(catcher.port()).isNotEqualTo(busy).isPositive();
        try (Socket smtp = new Socket("127.0.0.1", catcher.port())) {
          assertThat(new String(smtp.getInputStream().readNBytes(3))).isEqualTo("220");
        }
        assertThat(log.getOut()).contains("Mail catcher: port " + busy + " is in use")
            .contains("on port " + catcher.port() + " instead");
      } finally {
        catcher.stop();
      }
    }
  }

  @Test
  void aFreeConfiguredPortIsTheOneUsed() throws Exception {
    int free;
    try (ServerSocket probe = new ServerSocket(0)) {
      free = probe.getLocalPort();
    }
    MailCatcher catcher = new MailCatcher(free);
    assertThat(catcher.port()).isEqualTo(free);
  }
}
