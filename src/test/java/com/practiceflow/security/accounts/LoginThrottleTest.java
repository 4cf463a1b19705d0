package com.practiceflow.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;

/**
 * Wrong passwords slow the next try from the same address with a doubling delay and never lock an account for good;
 * another address is not locked out; a guess spread over many addresses slows the account for a minute; every lock
 * is an event the managers can list and lift. Time is the engine's clock, moved by the test.
 */
@PracticeFlowTest
class LoginThrottleTest {

  private static final String ACCOUNT = "throttle.probe";
  private static final String PASSWORD = "right-password-1";

  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;
  @LocalServerPort
  int port;
  Instant now;

  @BeforeEach
  void account() {
    if (identityService.createUserQuery().userId(ACCOUNT).count() == 0) {
      User user = identityService.newUser(ACCOUNT);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    jdbc.update("delete from login_throttle where account = ?", ACCOUNT);
    now = Instant.parse("2026-12-01T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void eachWrongPasswordDoublesTheWaitBeforeTheNextTryFromThatAddress() {
    List<Long> waits = new ArrayList<>();
    for (int failure = 1; failure <= 12; failure++) {
      assertThat(check("10.0.0.1", "wrong")).isFalse();
      long wait = Duration.between(now, lockedUntil("10.0.0.1")).toSeconds();
      waits.add(wait);
      assertThat(check("10.0.0.1", PASSWORD)).as("the right password during the wait").isFalse();
      advance(wait + 1);
    }
    System.out.println("Login backoff, seconds before the next try after 1 to 12 wrong passwords: " + waits);
    assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L);
    // twelve failures, which Camunda's own lock would have made permanent: the wait ends, the account is not lost
    assertThat(check("10.0.0.1", PASSWORD)).isTrue();
    assertThat(check("10.0.0.1", "wrong")).as("a success starts the count again").isFalse();
    assertThat(Duration.between(now, lockedUntil("10.0.0.1")).toSeconds()).isEqualTo(1);
  }

  @Test
  void anAttackerFromOneAddressDoesNotLockTheOwnerOutFromAnother() {
    for (int failure = 0; failure < 8; failure++) {
      check("203.0.113.9", "wrong");
      advance(Duration.between(now, lockedUntil("203.0.113.9")).toSeconds() + 1);
    }
    check("203.0.113.9", "wrong");
    assertThat(check("203.0.113.9", PASSWORD)).isFalse();
    assertThat(check("10.0.0.7", PASSWORD)).isTrue();
  }

  @Test
  void aGuessSpreadOverManyAddressesSlowsTheWholeAccountForAMinute() {
    for (int address = 1; address <= 20; address++) {
      check("198.51.100." + address, "wrong");
    }
    assertThat(check("10.0.0.8", PASSWORD)).as("from a new address, at once").isFalse();
    advance(61);
    assertThat(check("10.0.0.8", PASSWORD)).as("a minute later").isTrue();
  }

  @Test
  void locksAreSecurityEventsTheManagersListAndLift() {
    RestClient rest = new RestClient(port);
    ClockUtil.reset(); // the web requests below run on the real clock
    assertThat(rest.get(ACCOUNT, "wrong-password", "/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(rest.get(ACCOUNT, PASSWORD, "/engine-rest/task").statusCode()).as("within the wait").isEqualTo(401);

    var events = rest.get("manager", "/api/security/events?limit=20");
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.body()).contains("\"account\":\"" + ACCOUNT + "\"").contains("\"kind\":\"locked\"")
        .contains("127.0.0.1");
    assertThat(rest.get("manager", "/api/security/locks").body()).contains(ACCOUNT);
    assertThat(rest.get("billing", "/api/security/events").statusCode()).isEqualTo(403);
    assertThat(rest.request("billing", "DELETE", "/api/security/locks/" + ACCOUNT, null).statusCode()).isEqualTo(403);

    assertThat(rest.request("manager", "DELETE", "/api/security/locks/" + ACCOUNT, null).statusCode()).isEqualTo(200);
    assertThat(rest.get(ACCOUNT, PASSWORD, "/engine-rest/task").statusCode()).as("unlocked").isEqualTo(200);
    assertThat(rest.get("manager", "/api/security/events?limit=5").body()).contains("\"kind\":\"unlocked\"")
        .contains("by manager");
  }

  @Test
  void anUnknownAccountIsThrottledLikeAKnownOne() {
    assertThat(check("10.0.0.3", "wrong", "no.such.person")).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from login_throttle where account = 'no.such.person'",
        Integer.class)).isOne();
  }

  private boolean check(String address, String password) {
    return check(address, password, ACCOUNT);
  }

  private boolean check(String address, String password, String account) {
    return LoginSource.from(address, () -> identityService.checkPassword(account, password));
  }

  private Instant lockedUntil(String address) {
    return jdbc.queryForObject("select locked_until from login_throttle where account = ? and source = ?",
        Timestamp.class, ACCOUNT, address).toInstant();
  }

  private void advance(long seconds) {
    now = now.plusSeconds(seconds);
    ClockUtil.setCurrentTime(Date.from(now));
  }
}
