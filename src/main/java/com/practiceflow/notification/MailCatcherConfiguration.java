package com.practiceflow.notification;

import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In the default profile ({@code practiceflow.mail-catcher.enabled}) and with no {@code spring.mail.host}, mail goes
 * to the built-in {@link MailCatcher} over real SMTP. Setting {@code spring.mail.host} (and port, credentials) sends
 * to that server instead. Any other profile without a mail server refuses to start rather than lose mail.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty() and ${practiceflow.mail-catcher.enabled:false}")
class MailCatcherConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  MailCatcher mailCatcher(@Value("${practiceflow.mail-catcher.port:2525}") int port) {
    return new MailCatcher(port);
  }

  @Bean
  JavaMailSenderImpl mailSender(MailCatcher catcher) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(catcher.port());
    Properties properties = new Properties();
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    sender.setJavaMailProperties(properties);
    return sender;
  }
}
