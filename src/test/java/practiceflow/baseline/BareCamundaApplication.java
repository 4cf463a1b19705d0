package practiceflow.baseline;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The start-up baseline: a bare Camunda 7.24 Spring Boot webapp (Tasklist, Cockpit, REST, H2) of the same versions,
 * with none of PracticeFlow's configuration, models, tables or beans. It shares PracticeFlow's class path, so the
 * libraries it does not use (JPA, Flyway, mail) are switched off rather than absent. It lives outside
 * {@code com.practiceflow} so that PracticeFlow's component scan (tests included) never picks it up.
 */
@SpringBootApplication(exclude = {FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
    JpaRepositoriesAutoConfiguration.class, MailSenderAutoConfiguration.class,
    MailSenderValidatorAutoConfiguration.class})
public class BareCamundaApplication {

  public static void main(String[] args) {
    builder().run(args);
  }

  /** The bare app as {@link #main} starts it. */
  public static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(BareCamundaApplication.class)
        // not application.yaml: that is PracticeFlow's configuration
        .properties("spring.config.name=bare", "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo",
            "camunda.bpm.filter.create=All tasks", "spring.datasource.url=jdbc:h2:mem:bare;DB_CLOSE_DELAY=-1",
            "management.endpoint.health.probes.enabled=true");
  }
}
