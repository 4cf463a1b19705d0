package com.practiceflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class FigureCacheTest {

  final FigureCache cache = new FigureCache(Duration.ofSeconds(10));
  final AtomicInteger counted = new AtomicInteger();
  final Instant now = Instant.parse("2026-12-03T09:00:00Z");

  Map<String, Object> count() {
    return Map.of("open", counted.incrementAndGet());
  }

  @Test
  void aScopeIsCountedOnceWhileNothingChangesAndItsAgeIsUnderTheMaximum() {
    cache.get("practice", now, this::count);
    FigureCache.Figures again = cache.get("practice", now.plusSeconds(9), this::count);
    assertThat(counted).hasValue(1);
    assertThat(again.values()).containsEntry("open", 1);
    assertThat(again.countedAt()).isEqualTo(now);
  }

  @Test
  void aChangeOrTheMaximumAgeCountsAgain() {
    cache.get("practice", now, this::count);
    cache.changed();
    assertThat(cache.get("practice", now.plusSeconds(1), this::count).values()).containsEntry("open", 2);
    assertThat(cache.get("practice", now.plusSeconds(11), this::count).values()).containsEntry("open", 3);
  }

  @Test
  void aClockMovedBackCountsAgain() {
    cache.get("practice", now, this::count);
    assertThat(cache.get("practice", now.minusSeconds(60), this::count).values()).containsEntry("open", 2);
  }

  @Test
  void eachScopeHasItsOwnFigures() {
    cache.get("practice", now, this::count);
    assertThat(cache.get("billing|billing", now, this::count).values()).containsEntry("open", 2);
    assertThat(cache.get("practice", now, this::count).values()).containsEntry("open", 1);
  }
}
