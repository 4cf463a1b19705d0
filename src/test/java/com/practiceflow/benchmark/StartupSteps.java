package com.practiceflow.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

import com.practiceflow.PracticeFlowApplication;

import practiceflow.baseline.BareCamundaApplication;

/**
 * Where one start's time goes, from Spring's own start-up steps: the time of each kind of step, and the beans that
 * took longest to make, each less the beans it made in turn. For reading why one app starts slower than the other,
 * not for figures to compare (one start, no repeat). Arguments: {@code bare} or {@code ours}, then the app's own
 * arguments (e.g. {@code --spring.datasource.url=...}); it prints and exits once the app is up.
 */
public final class StartupSteps {

  /** A bean's own making time, less the beans it made in turn. */
  private record BeanTime(double seconds, String bean) {
  }

  private StartupSteps() {
  }

  public static void main(String[] args) {
    boolean bare = args.length > 0 && args[0].equals("bare");
    SpringApplicationBuilder application = bare ? BareCamundaApplication.builder()
        : new SpringApplicationBuilder(PracticeFlowApplication.class);
    BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
    application.applicationStartup(startup);
    long launched = System.nanoTime();
    ConfigurableApplicationContext context = application.run(Arrays.copyOfRange(args, Math.min(1, args.length),
        args.length));
    double upSeconds = (System.nanoTime() - launched) / 1e9;
    List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
    print(bare ? "bare" : "ours", upSeconds, events, context);
    context.close();
    System.exit(0);
  }

  private static void print(String app, double upSeconds, List<TimelineEvent> events,
      ConfigurableApplicationContext context) {
    Map<Long, Long> childNanos = new HashMap<>();
    for (TimelineEvent event : events) {
      Long parent = event.getStartupStep().getParentId();
      if (parent != null) {
        childNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
      }
    }
    Map<String, double[]> byStep = new TreeMap<>();
    List<BeanTime> beans = new ArrayList<>();
    Map<String, Double> beansByPackage = new TreeMap<>();
    for (TimelineEvent event : events) {
      StartupStep step = event.getStartupStep();
      double self = (event.getDuration().toNanos() - childNanos.getOrDefault(step.getId(), 0L)) / 1e9;
      double[] sum = byStep.computeIfAbsent(step.getName(), name -> new double[2]);
      sum[0] += self;
      sum[1]++;
      if (step.getName().equals("spring.beans.instantiate")) {
        String name = tag(step, "beanName");
        String type = typeOf(context, name);
        beans.add(new BeanTime(self, name + " (" + type + ")"));
        beansByPackage.merge(owner(type), self, Double::sum);
      }
    }
    System.out.printf("STEPS %s: up in %.2f s (from this main); self time of each kind of step:%n", app, upSeconds);
    byStep.entrySet().stream().sorted(Comparator.comparingDouble(e -> -e.getValue()[0]))
        .forEach(e -> System.out.printf("  %7.3f s  %5.0f x  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    System.out.println("STEPS beans' own time by owner:");
    beansByPackage.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> System.out.printf("  %7.3f s  %s%n", e.getValue(), e.getKey()));
    System.out.println("STEPS slowest beans (own time):");
    beans.stream().sorted(Comparator.comparingDouble(BeanTime::seconds).reversed()).limit(30)
        .forEach(b -> System.out.printf("  %7.3f s  %s%n", b.seconds(), b.bean()));
  }

  private static String typeOf(ConfigurableApplicationContext context, String beanName) {
    try {
      Class<?> type = context.getBeanFactory().getType(beanName);
      return type == null ? "?" : type.getName();
    } catch (RuntimeException e) {
      return "?";
    }
  }

  private static String tag(StartupStep step, String key) {
    for (StartupStep.Tag tag : step.getTags()) {
      if (tag.getKey().equals(key)) {
        return tag.getValue();
      }
    }
    return "";
  }

  /** The first three parts of a class's package, e.g. {@code org.camunda.bpm}. */
  private static String owner(String type) {
    String[] parts = type.split("\\.");
    return parts.length < 4 ? type : parts[0] + "." + parts[1] + "." + parts[2];
  }
}
