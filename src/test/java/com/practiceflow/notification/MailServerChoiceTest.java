package com.practiceflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** With no mail server configured mail goes to the built-in catcher; spring.mail.host sends it to a real one. */
class MailServerChoiceTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(MailCatcherConfiguration.class)
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withPropertyValues("practiceflow.mail-catcher.enabled=true", "practiceflow.mail-catcher.port=0");

  @Test
  void noMailHostSendsToTheBuiltInCatcher() {
    context.run(app -> {
      MailCatcher catcher = app.getBean(MailCatcher.class);
      JavaMailSenderImpl sender = app.getBean(JavaMailSenderImpl.class);
      assertThat(catcher.isRunning()).isTrue();
      assertThat(sender.getHost()).isEqualTo("127.0.0.1");
      assertThat(sender.getPort()).isEqualTo(catcher.port());
    });
  }

  @Test
  void outsideTheDefaultProfileThereIsNoCatcherToLoseMailIn() {
    context.withPropertyValues("practiceflow.mail-catcher.enabled=false").run(app -> {
      assertThat(app).doesNotHaveBean(MailCatcher.class);
      assertThat(app).doesNotHaveBean(JavaMailSenderImpl.class);
    });
  }

  @Test
  void springMailHostSendsToThatServerAndTurnsTheCatcherOff() {
    context.withPropertyValues("spring.mail.host=smtp.practice.example", "spring.mail.port=587",
        "spring.mail.username=practiceflow").run(app -> {
          assertThat(app).doesNotHaveBean(MailCatcher.class);
          JavaMailSenderImpl sender = app.getBean(JavaMailSenderImpl.class);
          assertThat(sender.getHost()).isEqualTo("smtp.practice.example");
          assertThat(sender.getPort()).isEqualTo(587);
          assertThat(sender.getUsername()).isEqualTo("practiceflow");
        });
  }
}
