package com.practiceflow.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures per scope (all of the practice for a manager; a person's groups and own tasks for anyone
 * else), kept until work changes here or {@code practiceflow.console.figures-max-age} passes. Each figure counts a
 * whole backlog, so recomputing it for every load made twenty managers' dashboards queue behind each other; a
 * change made on another node or by a timer shows within the maximum age, and the page says when it was counted.
 */
@Component
public class FigureCache {

  /** One scope's figures and the moment, on the engine's clock, they were counted. */
  public record Figures(Instant countedAt, Map<String, Object> values) {
  }

  private record Entry(long changes, Figures figures) {
  }

  private final Duration maxAge;
  private final AtomicLong changes = new AtomicLong();
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  FigureCache(@Value("${practiceflow.console.figures-max-age}") Duration maxAge) {
    this.maxAge = maxAge;
  }

  /** The scope's figures as last counted if still current, else counted now (once, however many ask at once). */
  Figures get(String scope, Instant now, Supplier<Map<String, Object>> count) {
    long seen = changes.get();
    return entries.compute(scope, (key, entry) -> entry != null && current(entry, seen, now) ? entry
        : new Entry(seen, new Figures(now, count.get()))).figures();
  }

  /** Something was written (a task completed, a case opened, a record changed): count again on the next load. */
  public void changed() {
    changes.incrementAndGet();
  }

  private boolean current(Entry entry, long seen, Instant now) {
    Instant at = entry.figures().countedAt();
    // the engine's clock can move back in tests and demos: a figure counted "in the future" is not current
    return entry.changes() == seen && !now.isBefore(at) && now.isBefore(at.plus(maxAge));
  }
}
