package com.practiceflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.practiceflow.RestClient;

/**
 * Two PracticeFlow nodes on one PostgreSQL database and one SMTP server (GreenMail), started by
 * docker/run-cluster.sh. Needs PostgreSQL on 127.0.0.1:5432 (trust auth); skipped with a message where it is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultIT {

  static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String DATABASE = "practiceflow_cluster_it";
  static final String DB_URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
  static final int CASES = 120;
  static final int OTHER_CASES = 20;

  static GreenMail smtp;
  static int smtpPort;
  static ClusterNodes nodes;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void startCluster() throws Exception {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
      admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
      admin.createStatement().execute("create database " + DATABASE);
    } catch (SQLException absent) {
      Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432 (" + absent.getMessage()
          + "): cluster fault tests skipped");
    }
    smtpPort = freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Map<String, String> env = new HashMap<>();
    env.put("PRACTICEFLOW_DB_URL", DB_URL);
    env.put("SPRING_MAIL_HOST", "127.0.0.1");
    env.put("SPRING_MAIL_PORT", String.valueOf(smtpPort));
    env.put("CLUSTER_DIR", "target/cluster-it");
    env.put("CLUSTER_JAVA_OPTS", "-Xmx384m -XX:TieredStopAtLevel=1");
    // a shorter lock than production's so the test need not wait two minutes for a dead node's jobs
    env.put("CLUSTER_ARGS", "--camunda.bpm.job-execution.lock-time-in-millis=15000"
        + " --camunda.bpm.job-execution.wait-time-in-millis=500 --camunda.bpm.job-execution.max-wait=2000");
    nodes = new ClusterNodes(env);
    nodes.start(1, 2);
  }

  @AfterAll
  static void stopCluster() {
    if (nodes != null) {
      nodes.stop(1, 2);
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  @Order(1)
  void aNodeKilledMidRunLosesNoCaseNoTimerAndNoEmail() throws Exception {
    RestClient[] clients = {new RestClient(ClusterNodes.port(1)), new RestClient(ClusterNodes.port(2))};
    List<String> references = new ArrayList<>();
    Map<String, String> instances = new HashMap<>();
    // received two weeks ago: the acknowledgement is already past due and past escalation, so every case's Due
    // and Overdue timers come due at once and both nodes fire them while the load goes on
    String receivedOn = LocalDate.now().minusDays(14).toString();
    AllProcessesLoad load = new AllProcessesLoad();
    load.through(clients);
    load.open();
    Instant killFrom = null;
    Instant killTo = null;
    for (int i = 0; i < CASES; i++) {
      if (i == CASES / 2) {
        killFrom = Instant.now();
        nodes.kill(1);
        killTo = Instant.now();
        System.out.printf("cluster: node 1 killed (SIGKILL) after %d cases%n", i);
        load.through(clients[1]);
        load.advance();
      }
      RestClient client = i >= CASES / 2 ? clients[1] : clients[i % 2];
      var created = client.postJson("frontdesk", "/api/complaints", """
          {"channel":"phone","category":"other","description":"Cluster case %d","receivedOn":"%s"}"""
          .formatted(i, receivedOn));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode body = JSON.readTree(created.body());
      references.add(body.get("reference").asText());
      instances.put(body.get("reference").asText(), body.get("processInstanceId").asText());
    }
    // other processes under way at the same time, through both nodes: claim disputes and staff requisitions
    List<String> others = new ArrayList<>();
    for (int i = 0; i < OTHER_CASES; i++) {
      others.add(startDispute(clients[1], i));
      others.add(startRequisition(clients[1], i));
    }
    nodes.start(1);
    System.out.println("cluster: node 1 restarted");
    for (int i = 0; i < OTHER_CASES; i++) {
      others.add(startDispute(clients[i % 2], OTHER_CASES + i));
      others.add(startRequisition(clients[i % 2], OTHER_CASES + i));
    }

    // half of the acknowledgements are done by staff, through both nodes
    List<String> acknowledged = references.subList(0, CASES / 2);
    for (int i = 0; i < acknowledged.size(); i++) {
      acknowledge(clients[i % 2], acknowledged.get(i), instances.get(acknowledged.get(i)));
    }
    load.through(clients);
    load.finish(acknowledged);
    long settledAfter = waitUntilSettled();

    try (Connection db = DriverManager.getConnection(DB_URL, "postgres", "")) {
      Map<String, String> status = query(db, "select reference, status from complaint");
      assertThat(references).allSatisfy(r -> assertThat(status).containsKey(r));
      // the first few went on to an investigation that found a possible breach (AllProcessesLoad.finish)
      assertThat(acknowledged.subList(0, AllProcessesLoad.BREACHES))
          .allSatisfy(r -> assertThat(status.get(r)).isEqualTo("INVESTIGATED"));
      assertThat(acknowledged.subList(AllProcessesLoad.BREACHES, acknowledged.size()))
          .allSatisfy(r -> assertThat(status.get(r)).isEqualTo("ACKNOWLEDGED"));
      assertThat(references.subList(CASES / 2, CASES)).allSatisfy(r -> assertThat(status.get(r)).isEqualTo("TRIAGED"));

      Map<String, String> timerFirings = query(db, """
          select proc_inst_id_ || ':' || act_id_, cast(count(*) as varchar) from act_hi_actinst
          where act_id_ in ('BoundaryEvent_AcknowledgeComplaintDue', 'BoundaryEvent_AcknowledgeComplaintOverdue')
          group by proc_inst_id_, act_id_""");
      assertThat(timerFirings.values()).as("each due timer fired once").containsOnly("1");
      assertThat(timerFirings).as("both ladder timers fired for every case").hasSize(2 * CASES);
      assertThat(count(db, "select count(*) from act_ru_incident")).as("incidents").isZero();
      assertThat(count(db, "select count(*) from notification where status <> 'SENT'")).as("unsent").isZero();
      Map<String, Long> states = new java.util.TreeMap<>();
      query(db, "select proc_def_key_ || ':' || state_, cast(count(*) as varchar) from act_hi_procinst"
          + " group by proc_def_key_, state_").forEach((k, v) -> states.put(k, Long.parseLong(v)));
      Map<String, Long> expected = load.expectedStates(CASES, 2 * OTHER_CASES, 2 * OTHER_CASES);
      assertThat(states).as("every process's cases in their expected state").containsAllEntriesOf(expected);
      assertThat(states.keySet()).as("no case in any other state").containsExactlyInAnyOrderElementsOf(expected.keySet());
      assertThat(count(db, "select count(*) from (select proc_inst_id_, act_id_ from act_hi_actinst where act_type_"
          + " like '%Timer%' group by proc_inst_id_, act_id_ having count(*) > 1) twice")).as("timers fired twice")
          .isZero();
      assertThat(query(db, "select status, cast(count(*) as varchar) from staff_member group by status"))
          .as("staff records").containsEntry("ACTIVE", String.valueOf(AllProcessesLoad.HIRES - 1)).containsEntry("LEFT", "1");
      assertThat(count(db, "select count(*) from dispute where status = 'CLOSED'")).isEqualTo(AllProcessesLoad.DISPUTES);
      assertThat(count(db, "select count(*) from attestation")).isEqualTo(AllProcessesLoad.POLICIES);
      assertThat(load.rescreened).as("one re-screen per active person").isEqualTo(AllProcessesLoad.HIRES - 1);
      Map<String, String> openTasks = query(db, "select proc_inst_id_, cast(count(*) as varchar) from act_ru_task"
          + " group by proc_inst_id_");
      assertThat(others).as("disputes and requisitions, each waiting for its first person")
          .allSatisfy(id -> assertThat(openTasks).containsKey(id));
      assertThat(count(db, "select count(*) from escalation e join complaint c on c.reference = e.reference"))
          .as("escalations, one per open acknowledgement").isGreaterThanOrEqualTo(CASES / 2);

      Map<String, Long> deliveries = deliveries();
      Map<String, Long> messageIds = messageIdsPerEmail();
      // SMTP has no way to ask whether the server took an email. A node killed between the server's reply and its
      // record saying SENT (milliseconds) leaves that email in doubt, and the retry sends it again under the same
      // Message-ID, which mail systems show once. Only emails in flight at the kill may arrive twice.
      long redelivered = deliveries.values().stream().mapToLong(n -> n - 1).sum();
      assertThat(messageIds.values()).as("one Message-ID per email").containsOnly(1L);
      List<Instant[]> copies = copiesReceived();
      assertThat(copies).as("emails received more than once").hasSize((int) redelivered);
      Instant inFlightFrom = killFrom.minusSeconds(1);
      Instant inFlightTo = killTo.plusSeconds(1); // bytes the kernel still had to send
      assertThat(copies).as("an email received twice was in flight when node 1 was killed, and resent after")
          .allSatisfy(times -> {
            assertThat(times).hasSize(2);
            assertThat(times[0]).isBetween(inFlightFrom, inFlightTo);
            assertThat(times[1]).isAfter(inFlightTo);
          });
      for (Instant[] times : copies) {
        System.out.printf("cluster: an email in flight at the kill: received %d ms from the kill, again %d s after%n",
            Duration.between(killFrom, times[0]).toMillis(), Duration.between(killFrom, times[1]).toSeconds());
      }
      assertThat(redelivered).as("copies resent after the crash (at most one per job thread of the killed node)")
          .isLessThanOrEqualTo(6);
      for (String reference : references.subList(CASES / 2, CASES)) {
        assertThat(deliveries.keySet().stream().filter(k -> k.contains(reference + " ")
            || k.endsWith(reference))).as("emails of %s", reference).hasSizeGreaterThanOrEqualTo(3);
      }
      System.out.println("cluster: cases by process and state after the run: " + states);
      System.out.printf("cluster: %d complaints and %d disputes and requisitions, %d acknowledged through both nodes, %d timer firings (each once), %d "
          + "emails each under one Message-ID, %d copies resent after the crash, 0 incidents, settled %d s after "
          + "the last request%n", CASES, others.size(), acknowledged.size(), timerFirings.size(), deliveries.size(), redelivered,
          settledAfter);
    }
  }

  @Test
  @Order(2)
  void whileTheMailServerIsDownStaffWorkOnAndEveryEmailFollowsOnceItIsBack() throws Exception {
    RestClient[] clients = {new RestClient(ClusterNodes.port(1)), new RestClient(ClusterNodes.port(2))};
    smtp.stop();
    System.out.println("cluster: SMTP server stopped");
    Map<String, String> instances = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      var created = clients[i % 2].postJson("frontdesk", "/api/complaints", """
          {"channel":"phone","category":"other","description":"Outage case %d","receivedOn":"%s"}"""
          .formatted(i, LocalDate.now()));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode body = JSON.readTree(created.body());
      instances.put(body.get("reference").asText(), body.get("processInstanceId").asText());
    }
    List<String> references = new ArrayList<>(instances.keySet());
    for (int i = 0; i < 10; i++) {
      acknowledge(clients[i % 2], references.get(i), instances.get(references.get(i)));
    }
    try (Connection db = DriverManager.getConnection(DB_URL, "postgres", "")) {
      waitFor(db, "select count(*) from notification where status = 'FAILED'", n -> n >= 20, 60);
      Map<String, String> status = query(db, "select reference, status from complaint");
      assertThat(references.subList(0, 10)).as("acknowledged during the outage")
          .allSatisfy(r -> assertThat(status.get(r)).isEqualTo("ACKNOWLEDGED"));
      long failedDuringOutage = count(db, "select count(*) from notification where status = 'FAILED'");

      smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
      System.out.println("cluster: SMTP server back");
      // the email steps retry after 1 minute (then 5, 15, 60, 240)
      long seconds = waitFor(db, "select count(*) from notification where status <> 'SENT'", n -> n == 0, 240);
      assertThat(count(db, "select count(*) from act_ru_incident")).as("incidents").isZero();
      Map<String, Long> messageIds = messageIdsPerEmail();
      assertThat(messageIds).as("an email of every outage case").allSatisfy((k, v) -> assertThat(v).isEqualTo(1L));
      for (String reference : references) {
        assertThat(messageIds.keySet().stream().filter(k -> k.contains(reference))).as(reference).isNotEmpty();
      }
      System.out.printf("cluster: SMTP down: 20 cases opened, 10 acknowledged, %d email attempts failed; all %d "
          + "delivered once, %d s after the server came back%n", failedDuringOutage, messageIds.size(), seconds);
    }
  }

  @Test
  @Order(3)
  void theNodesRecoverByThemselvesWhenTheDatabaseRestarts() throws Exception {
    RestClient[] clients = {new RestClient(ClusterNodes.port(1)), new RestClient(ClusterNodes.port(2))};
    List<String> before = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      var created = clients[i % 2].postJson("frontdesk", "/api/complaints", """
          {"channel":"phone","category":"other","description":"Before restart %d","receivedOn":"%s"}"""
          .formatted(i, LocalDate.now()));
      before.add(JSON.readTree(created.body()).get("reference").asText());
    }
    String how = restartPostgres() ? "PostgreSQL server restarted (pg_ctlcluster)" : cutConnections();
    System.out.println("cluster: " + how);
    long start = System.nanoTime();
    List<String> after = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      RestClient client = clients[i % 2];
      java.net.http.HttpResponse<String> created = null;
      for (int attempt = 0; attempt < 30; attempt++) {
        created = client.postJson("frontdesk", "/api/complaints", """
            {"channel":"phone","category":"other","description":"After restart %d","receivedOn":"%s"}"""
            .formatted(i, LocalDate.now()));
        if (created.statusCode() == 201) {
          break;
        }
        Thread.sleep(1000);
      }
      assertThat(created.statusCode()).as("node %d after the database came back", i % 2 + 1).isEqualTo(201);
      after.add(JSON.readTree(created.body()).get("reference").asText());
    }
    long recovered = (System.nanoTime() - start) / 1_000_000_000L;
    waitUntilSettled();
    try (Connection db = DriverManager.getConnection(DB_URL, "postgres", "")) {
      Map<String, String> status = query(db, "select reference, status from complaint");
      assertThat(before).as("cases committed before the cut").allSatisfy(r -> assertThat(status).containsKey(r));
      assertThat(after).allSatisfy(r -> assertThat(status).containsKey(r));
      assertThat(count(db, "select count(*) from notification where status <> 'SENT'")).as("unsent").isZero();
    }
    for (int node = 1; node <= 2; node++) {
      assertThat(new RestClient(ClusterNodes.port(node)).get(null, "/actuator/health/readiness").body())
          .contains("UP");
    }
    System.out.printf("cluster: %s: both nodes served again %d s after it came back; 10 cases before and 10 "
        + "after all kept%n", how, recovered);
  }

  /**
   * Restarts the local PostgreSQL server where this machine manages it with pg_ctlcluster (as on Debian) and we may;
   * false otherwise.
   */
  private static boolean restartPostgres() throws Exception {
    try {
      Process list = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
      String cluster = new String(list.getInputStream().readAllBytes()).lines()
          .map(l -> l.trim().split("\\s+"))
          .filter(f -> f.length > 3 && f[2].equals("5432") && f[3].equals("online"))
          .map(f -> f[0] + " " + f[1]).findFirst().orElse(null);
      if (cluster == null) {
        return false;
      }
      String[] versionAndName = cluster.split(" ");
      Process restart = new ProcessBuilder("pg_ctlcluster", versionAndName[0], versionAndName[1], "restart")
          .redirectErrorStream(true).start();
      return restart.waitFor() == 0;
    } catch (java.io.IOException notHere) {
      return false;
    }
  }

  /** Without a server to restart: every connection of the nodes cut and the database closed for 10 seconds. */
  private static String cutConnections() throws Exception {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
      admin.createStatement().execute("alter database " + DATABASE + " allow_connections false");
      admin.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
          + DATABASE + "' and pid <> pg_backend_pid()");
      Thread.sleep(10_000);
      admin.createStatement().execute("alter database " + DATABASE + " allow_connections true");
    }
    return "database connections cut and the database closed for 10 s (no server restart possible here)";
  }

  /** Polls a count until it satisfies the condition; returns the seconds it took. */
  private static long waitFor(Connection db, String sql, java.util.function.LongPredicate done, int maxSeconds)
      throws Exception {
    long start = System.nanoTime();
    while (true) {
      long value = count(db, sql);
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      if (done.test(value)) {
        return seconds;
      }
      if (seconds > maxSeconds) {
        throw new AssertionError(sql + " still " + value + " after " + maxSeconds + " s");
      }
      Thread.sleep(1000);
    }
  }

  private static String startDispute(RestClient client, int i) throws Exception {
    var started = client.postJson("billing", "/engine-rest/process-definition/key/claimDispute/start", """
        {"variables":{"claimRef":{"value":"CLM-C%d"},"payerId":{"value":"87726"},"procedureCode":{"value":"72148"},
         "serviceDate":{"value":"2026-10-15"},"billed":{"value":400},"paid":{"value":0},"groupCode":{"value":"CO"},
         "carc":{"value":"197"},"rarc":{"value":"N54"},"noticeDate":{"value":"%s"}}}"""
        .formatted(i, LocalDate.now().minusDays(3)));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private static String startRequisition(RestClient client, int i) throws Exception {
    var started = client.postJson("manager", "/engine-rest/process-definition/key/staffHiring/start", """
        {"variables":{"jobTitle":{"value":"Practice nurse %d"},"role":{"value":"registered-nurse"},
         "justification":{"value":"Growing list"}}}""".formatted(i));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private static void acknowledge(RestClient client, String reference, String instance) throws Exception {
    JsonNode tasks = JSON.readTree(client.get("manager", "/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=Task_AcknowledgeComplaint").body());
    assertThat(tasks.size()).as("open acknowledgement of %s", reference).isEqualTo(1);
    var done = client.postJson("manager", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", """
        {"variables":{"acknowledgedOn":{"value":"%s"},"acknowledgementMethod":{"value":"phone"}}}"""
        .formatted(LocalDate.now()));
    assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
  }

  /** Seconds until no job is due any more (every timer fired, every email step done), at most five minutes. */
  private static long waitUntilSettled() throws Exception {
    long start = System.nanoTime();
    int quiet = 0;
    try (Connection db = DriverManager.getConnection(DB_URL, "postgres", "")) {
      while (System.nanoTime() - start < 300_000_000_000L) {
        long due = count(db, "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())");
        quiet = due == 0 ? quiet + 1 : 0;
        if (quiet >= 3) {
          return (System.nanoTime() - start) / 1_000_000_000L;
        }
        Thread.sleep(1000);
      }
    }
    throw new AssertionError("jobs still due after five minutes");
  }

  /** recipient + subject, with how often it arrived. */
  private static Map<String, Long> deliveries() throws MessagingException {
    List<String> keys = new ArrayList<>();
    for (Message message : smtp.getReceivedMessages()) {
      for (var recipient : message.getAllRecipients()) {
        keys.add(recipient + " | " + message.getSubject());
      }
    }
    return keys.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
  }

  /** When each copy of an email that arrived more than once was received, in order. */
  private static List<Instant[]> copiesReceived() throws MessagingException {
    Map<String, List<Instant>> received = new HashMap<>();
    for (Message message : smtp.getReceivedMessages()) {
      for (var recipient : message.getAllRecipients()) {
        received.computeIfAbsent(recipient + " | " + message.getHeader("Message-ID")[0], k -> new ArrayList<>())
            .add(message.getReceivedDate().toInstant());
      }
    }
    return received.values().stream().filter(times -> times.size() > 1)
        .map(times -> times.stream().sorted().toArray(Instant[]::new)).toList();
  }

  /** recipient + subject, with how many distinct Message-IDs it arrived under. */
  private static Map<String, Long> messageIdsPerEmail() throws MessagingException {
    Map<String, java.util.Set<String>> ids = new HashMap<>();
    for (Message message : smtp.getReceivedMessages()) {
      for (var recipient : message.getAllRecipients()) {
        ids.computeIfAbsent(recipient + " | " + message.getSubject(), k -> new java.util.HashSet<>())
            .add(message.getHeader("Message-ID")[0]);
      }
    }
    return ids.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
  }

  private static Map<String, String> query(Connection db, String sql) throws SQLException {
    Map<String, String> rows = new HashMap<>();
    try (var result = db.createStatement().executeQuery(sql)) {
      while (result.next()) {
        rows.put(result.getString(1), result.getString(2));
      }
    }
    return rows;
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (var result = db.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
