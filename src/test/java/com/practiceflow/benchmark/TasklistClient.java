package com.practiceflow.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's worth of Tasklist: logs in through the webapp's own login (session cookie and CSRF token) and sends
 * the requests Tasklist sends for a filter: the page of tasks as HAL, and the filter counts for the sidebar.
 */
public final class TasklistClient {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern FILTER = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public TasklistClient(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** PracticeFlow's login page, as a browser fills it in: the session then holds the webapps' login too. */
  public void login(String user, String password) throws IOException, InterruptedException {
    String page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET(), 200);
    Matcher token = CSRF.matcher(page);
    if (!token.find()) {
      throw new IllegalStateException("the login page carries no CSRF token");
    }
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .build(), HttpResponse.BodyHandlers.ofString());
    String location = login.headers().firstValue("Location").orElse("");
    if (login.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("login as " + user + " refused: " + login.statusCode() + " " + location);
    }
    // the webapp's page sets Camunda's own CSRF cookie for its API
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET(), 200);
  }

  /** Filter name to id, as the Tasklist sidebar lists them. */
  public Map<String, String> filters() throws IOException, InterruptedException {
    String body = send(HttpRequest.newBuilder(URI.create(base + ENGINE_API + "/filter?resourceType=Task")).GET(), 200);
    Map<String, String> filters = new LinkedHashMap<>();
    Matcher matcher = FILTER.matcher(body);
    while (matcher.find()) {
      filters.put(matcher.group(2), matcher.group(1));
    }
    return filters;
  }

  /** The first page of a filter, as Tasklist asks for it; returns the body. */
  String page(String filterId) throws IOException, InterruptedException {
    return page(filterId, 0, 15, "asc");
  }

  /** A page of a filter sorted by due date, as Tasklist asks for it when the list is scrolled; returns the body. */
  public String page(String filterId, int first, int max, String order) throws IOException, InterruptedException {
    String query = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"" + order + "\"}]}";
    return send(withToken(HttpRequest.newBuilder(URI.create(base + ENGINE_API + "/filter/" + filterId
        + "/list?firstResult=" + first + "&maxResults=" + max)).header("Accept", "application/hal+json")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query))), 200);
  }

  /** The sidebar: every filter with its task count. */
  public String sidebar() throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + ENGINE_API + "/filter?resourceType=Task&itemCount=true"))
        .GET(), 200);
  }

  /** The latest version of every process, as Tasklist's start menu lists them. */
  String processDefinitions() throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + ENGINE_API
        + "/process-definition?latestVersion=true&active=true&startableInTasklist=true")).GET(), 200);
  }

  /** Any GET in the logged-in session, as the browser would send it: the answer as it came. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A console form as the browser posts it, with the CSRF token of the page it stands on. */
  public HttpResponse<String> postForm(String page, String path, String form) throws IOException,
      InterruptedException {
    Matcher token = CSRF.matcher(get(page).body());
    if (!token.find()) {
      throw new IllegalStateException(page + " carries no CSRF token");
    }
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token.group(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON POST to Tasklist's engine API in the logged-in session, as Tasklist sends a claim or a form. */
  public HttpResponse<String> postEngine(String path, String json) throws IOException, InterruptedException {
    return http.send(withToken(HttpRequest.newBuilder(URI.create(base + ENGINE_API + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder withToken(HttpRequest.Builder request) {
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if ("XSRF-TOKEN".equals(cookie.getName())) {
        request.header("X-XSRF-TOKEN", cookie.getValue());
      }
    }
    return request;
  }

  private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(request.build().uri().getPath() + " answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(200, response.body().length())));
    }
    return response.body();
  }
}
