package com.practiceflow.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.practiceflow.security.TaskPageQuery.Caller;
import com.practiceflow.security.TaskPageQuery.Sorting;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Tasklist's page of a filter and its sidebar counts, at a cost that does not grow with the backlog. For
 * PracticeFlow's own filters ({@link FilterShapes}) the page's task ids come from the open-task index
 * ({@link TaskPageQuery}); the request then goes on to the engine with those ids added to it, so the engine still
 * applies the filter, the caller's authorizations and its own answer's shape. Only the count it answers is
 * PracticeFlow's. Any other filter, search or sorting goes to the engine untouched.
 */
public class TaskPages extends OncePerRequestFilter {

  private static final Pattern LIST = Pattern.compile("^/camunda/api/engine/engine/default/filter/([^/]+)/list$");
  private static final String FILTERS = "/camunda/api/engine/engine/default/filter";
  /** What Tasklist sends with a page besides its sorting: the variables it shows, as empty criteria. */
  private static final Set<String> PLAIN_PAGE = Set.of("processVariables", "taskVariables", "caseInstanceVariables",
      "sorting");
  /** Matches no task: a page with no ids must still go through the engine, and an empty list means "any". */
  private static final String NO_TASK = "-";

  private final FilterShapes shapes;
  private final TaskPageQuery tasks;
  private final FilterService filterService;
  private final IdentityService identityService;
  private final ObjectMapper json = new ObjectMapper();
  private final long countLimit;
  private volatile boolean enabled = true;

  TaskPages(FilterShapes shapes, TaskPageQuery tasks, FilterService filterService, IdentityService identityService,
      long countLimit) {
    this.shapes = shapes;
    this.tasks = tasks;
    this.filterService = filterService;
    this.identityService = identityService;
    this.countLimit = countLimit;
  }

  /** Off, every request goes to the engine as it came: what benchmarks compare against. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !enabled;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Caller> caller = caller(request.getSession(false));
    Matcher list = LIST.matcher(request.getRequestURI());
    if (caller.isPresent() && "POST".equals(request.getMethod()) && list.matches() && wantsHal(request)) {
      page(list.group(1), caller.get(), request, response, chain);
    } else if (caller.isPresent() && "GET".equals(request.getMethod()) && FILTERS.equals(request.getRequestURI())
        && "true".equals(request.getParameter("itemCount"))) {
      sidebar(caller.get(), request, response, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void page(String filterId, Caller caller, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    RewrittenRequest rewritten = RewrittenRequest.of(request);
    JsonNode body = rewritten.json(json);
    Optional<FilterShape> shape = shapes.of(filterId).filter(s -> shapes.mayAnswer(s, caller));
    Optional<Sorting> sorting = plainPage(body);
    int first = number(request.getParameter("firstResult"), 0);
    int max = number(request.getParameter("maxResults"), 15);
    if (shape.isEmpty() || sorting.isEmpty() || first < 0 || max <= 0 || max > 1000) {
      chain.doFilter(rewritten, response);
      return;
    }
    List<String> ids = tasks.page(shape.get(), caller, sorting.get(), first, max);
    ArrayNode idIn = ((ObjectNode) body).putArray("taskIdIn");
    (ids.isEmpty() ? List.of(NO_TASK) : ids).forEach(idIn::add);
    rewritten.withBody(json.writeValueAsBytes(body)).withParameter("firstResult", "0");
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(rewritten, answer);
    if (answer.getStatus() == 200) {
      JsonNode hal = json.readTree(answer.getContentAsByteArray());
      if (hal instanceof ObjectNode page) {
        long limit = countLimit <= 0 ? 0 : countLimit + first + max;
        page.put("count", tasks.count(shape.get(), caller, limit));
        inOrder(page, ids);
        answer.resetBuffer();
        answer.getOutputStream().write(json.writeValueAsBytes(page));
      }
    }
    answer.copyBodyToResponse();
  }

  private void sidebar(Caller caller, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, FilterShape> own = shapes.own();
    RewrittenRequest rewritten = RewrittenRequest.of(request).withParameter("itemCount", "false");
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(rewritten, answer);
    if (answer.getStatus() == 200 && json.readTree(answer.getContentAsByteArray()) instanceof ArrayNode filters) {
      for (JsonNode filter : filters) {
        String id = filter.path("id").asText();
        FilterShape shape = own.get(id);
        long count = shape != null && shapes.mayAnswer(shape, caller) ? tasks.count(shape, caller, countLimit)
            : engineCount(id, caller);
        ((ObjectNode) filter).put("itemCount", count);
      }
      answer.resetBuffer();
      answer.getOutputStream().write(json.writeValueAsBytes(filters));
    }
    answer.copyBodyToResponse();
  }

  /** A filter PracticeFlow does not know, counted by the engine as the caller. */
  private long engineCount(String filterId, Caller caller) {
    try {
      identityService.setAuthentication(caller.userId(), caller.groups(), caller.tenants());
      Long count = filterService.count(filterId);
      return count == null ? 0 : count;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The engine answers the page's tasks in its own order; Tasklist shows them in the page's. */
  private static void inOrder(ObjectNode page, List<String> ids) {
    if (!(page.path("_embedded").path("task") instanceof ArrayNode found)) {
      return;
    }
    List<JsonNode> sorted = new ArrayList<>();
    for (String id : ids) {
      for (Iterator<JsonNode> it = found.elements(); it.hasNext(); ) {
        JsonNode task = it.next();
        if (id.equals(task.path("id").asText())) {
          sorted.add(task);
        }
      }
    }
    if (sorted.size() == found.size()) {
      found.removeAll();
      found.addAll(sorted);
    }
  }

  /** A page with no search criteria and a sorting the index serves; empty otherwise. */
  private static Optional<Sorting> plainPage(JsonNode body) {
    if (!(body instanceof ObjectNode object)) {
      return Optional.empty();
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!PLAIN_PAGE.contains(field.getKey())
          || !"sorting".equals(field.getKey()) && !(field.getValue().isArray() && field.getValue().isEmpty())) {
        return Optional.empty();
      }
    }
    JsonNode sorting = object.path("sorting");
    if (sorting.isMissingNode() || sorting.isArray() && sorting.isEmpty()) {
      return Optional.of(Sorting.DUE_ASC);
    }
    if (sorting.size() != 1 || !"dueDate".equals(sorting.get(0).path("sortBy").asText())) {
      return Optional.empty();
    }
    return switch (sorting.get(0).path("sortOrder").asText()) {
      case "asc" -> Optional.of(Sorting.DUE_ASC);
      case "desc" -> Optional.of(Sorting.DUE_DESC);
      default -> Optional.empty();
    };
  }

  private static boolean wantsHal(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("application/hal+json");
  }

  private static int number(String value, int otherwise) {
    try {
      return value == null ? otherwise : Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  private static Optional<Caller> caller(HttpSession session) {
    return WebappLogin.of(session).map(login -> new Caller(login.getName(), login.getGroupIds() == null ? List.of()
        : login.getGroupIds(), login.getTenantIds() == null ? List.of() : login.getTenantIds()));
  }
}
