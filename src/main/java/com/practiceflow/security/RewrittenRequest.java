package com.practiceflow.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request passed on with its body read once (and perhaps replaced) and some query parameters replaced. */
final class RewrittenRequest extends HttpServletRequestWrapper {

  private byte[] body;
  private final Map<String, String[]> parameters;

  private RewrittenRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
    this.parameters = new LinkedHashMap<>(request.getParameterMap());
  }

  static RewrittenRequest of(HttpServletRequest request) throws IOException {
    return new RewrittenRequest(request, request.getInputStream().readAllBytes());
  }

  /** The body as JSON; JSON null when it is empty or not JSON (the engine then answers it as it would). */
  JsonNode json(ObjectMapper mapper) {
    try {
      JsonNode node = body.length == 0 ? null : mapper.readTree(body);
      return node == null ? NullNode.getInstance() : node;
    } catch (IOException notJson) {
      return NullNode.getInstance();
    }
  }

  RewrittenRequest withBody(byte[] replacement) {
    this.body = replacement;
    return this;
  }

  RewrittenRequest withParameter(String name, String value) {
    parameters.put(name, new String[] {value});
    return this;
  }

  @Override
  public String getQueryString() {
    return parameters.entrySet().stream().flatMap(entry -> java.util.Arrays.stream(entry.getValue())
        .map(value -> encode(entry.getKey()) + "=" + encode(value))).collect(Collectors.joining("&"));
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Collections.unmodifiableMap(parameters);
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return parameters.get(name);
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("the body is already read");
      }

      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
