package com.practiceflow.console;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.security.Unrestricted;

/**
 * Find a case and read it. The search is posted, so a person's name never appears in an address; a case page's
 * address holds only the reference. A case the viewer may not read answers 404, as one that does not exist.
 */
@Controller
class CaseController {

  private static final Pattern REFERENCE = Pattern.compile("[A-Z]{3}-\\d{4}-\\d{4}(-BR)?");

  private final CaseFinder finder;
  private final CaseRecords records;
  private final CaseHistory histories;
  private final RepositoryService repository;
  private final Unrestricted unrestricted;

  CaseController(CaseFinder finder, CaseRecords records, CaseHistory histories, RepositoryService repository,
      Unrestricted unrestricted) {
    this.finder = finder;
    this.records = records;
    this.histories = histories;
    this.repository = repository;
    this.unrestricted = unrestricted;
  }

  @GetMapping("/cases")
  String search(Model model) {
    model.addAttribute("hits", null);
    return "cases";
  }

  @PostMapping("/cases")
  String find(@ModelAttribute("me") Viewer me, @RequestParam(name = "q", defaultValue = "") String query, Model model) {
    String q = query.trim();
    if (REFERENCE.matcher(q.toUpperCase()).matches() && readable(q.toUpperCase(), me)) {
      return "redirect:/cases/" + q.toUpperCase();
    }
    model.addAttribute("hits", q.length() < 2 ? List.of() : finder.find(q, me));
    model.addAttribute("searched", q.length() >= 2);
    return "cases";
  }

  @GetMapping("/cases/{reference}")
  String show(@ModelAttribute("me") Viewer me, @PathVariable String reference, Model model) {
    Optional<CaseRecords.View> record = records.of(reference, me);
    if (record.isEmpty() && !histories.visible(reference)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference + " that you may see");
    }
    model.addAttribute("reference", reference);
    model.addAttribute("record", record.orElse(null));
    model.addAttribute("story", histories.of(reference));
    return "case";
  }

  /** The model of the case's latest process, for the diagram (bpmn-js reads it as XML). */
  @GetMapping(value = "/cases/{reference}/diagram", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<byte[]> diagram(@ModelAttribute("me") Viewer me, @PathVariable String reference) throws Exception {
    if (!readable(reference, me)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + reference + " that you may see");
    }
    var latest = histories.of(reference).latest();
    if (latest == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Case " + reference + " has no process yet");
    }
    byte[] xml = unrestricted.run(() -> {
      try (var in = repository.getProcessModel(latest.getProcessDefinitionId())) {
        return in.readAllBytes();
      } catch (java.io.IOException unreadable) {
        throw new java.io.UncheckedIOException(unreadable);
      }
    });
    return ResponseEntity.ok(xml);
  }

  private boolean readable(String reference, Viewer me) {
    return records.of(reference, me).isPresent() || histories.visible(reference);
  }
}
