package com.practiceflow;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Plain HTTP calls against the running app, with or without HTTP Basic, shaped as real clients send them. */
public final class RestClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public RestClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Demo users' passwords equal their ids. */
  public HttpResponse<String> get(String user, String path) {
    return get(user, user, path);
  }

  public HttpResponse<String> get(String user, String password, String path) {
    return send(user, password, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  public HttpResponse<String> postJson(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postJson(String user, String password, String path, String json) {
    return send(user, password, HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any method, with a JSON body or none: what a prober sends. */
  public HttpResponse<String> request(String user, String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(user, request);
  }

  /** A raw body of the given type. */
  public HttpResponse<String> post(String user, String path, String contentType, byte[] body) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A multipart/form-data POST; parts whose value is a {@link FilePart} are sent as files. */
  public HttpResponse<String> postMultipart(String user, String path, Map<String, Object> parts) {
    String boundary = "----PracticeFlowTestBoundary" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> part : parts.entrySet()) {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
      byte[] content;
      if (part.getValue() instanceof FilePart file) {
        head.append("Content-Disposition: form-data; name=\"").append(part.getKey()).append("\"; filename=\"")
            .append(file.filename()).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        content = file.content();
      } else {
        head.append("Content-Disposition: form-data; name=\"").append(part.getKey()).append("\"\r\n\r\n");
        content = String.valueOf(part.getValue()).getBytes(StandardCharsets.UTF_8);
      }
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A file part of a multipart request. */
  public record FilePart(String filename, byte[] content) {
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) {
    return send(user, user, request);
  }

  private HttpResponse<String> send(String user, String password, HttpRequest.Builder request) {
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
