package com.practiceflow.console;

import static com.practiceflow.console.Register.Column.number;
import static com.practiceflow.console.Register.Column.text;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.console.Register.Column;
import com.practiceflow.console.Register.Filter;
import com.practiceflow.console.Register.Sort;
import com.practiceflow.console.Registers.Where;
import com.practiceflow.policies.Policy;
import com.practiceflow.security.PracticeGroups;

/**
 * The staff compliance board (HR, compliance, managers) and the policy library (everyone: the policies that apply
 * to them; managers and compliance: every policy and who has not yet acknowledged it).
 */
@Controller
class BoardController {

  private static final List<Column> STAFF = List.of(text("reference", "Reference"), text("name", "Name"),
      text("role", "Role"), text("roleGroup", "Group"), text("status", "Status"), text("start", "Start date"),
      text("nextExpiry", "Next license expiry"), number("expired", "Expired licenses"),
      number("openChecks", "Checks outstanding").unsortable());
  private static final List<Column> POLICIES = List.of(text("reference", "Reference"), text("title", "Title"),
      text("category", "Category"), text("ownerGroup", "Owner"), text("nextReview", "Next review"),
      text("attested", "Acknowledged").unsortable(), text("outstanding", "Not yet acknowledged").unsortable());
  private static final Map<String, Comparator<Policy>> POLICY_ORDER = Map.of(
      "reference", Comparator.comparing(Policy::getReference),
      "title", Comparator.comparing(Policy::getTitle, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)),
      "category", Comparator.comparing(Policy::getCategory, Comparator.nullsLast(Comparator.naturalOrder())),
      "ownerGroup", Comparator.comparing(Policy::getOwnerGroup, Comparator.nullsLast(Comparator.naturalOrder())),
      "nextReview", Comparator.comparing(Policy::getNextReviewOn, Comparator.nullsLast(Comparator.naturalOrder())));

  private final Registers registers;
  private final WorkFigures work;
  private final AttestationFigures attestations;
  private final Formats formats;
  private final Deadlines deadlines;

  BoardController(Registers registers, WorkFigures work, AttestationFigures attestations, Formats formats,
      Deadlines deadlines) {
    this.registers = registers;
    this.work = work;
    this.attestations = attestations;
    this.formats = formats;
    this.deadlines = deadlines;
  }

  @GetMapping("/registers/staff")
  String staff(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter, Model model) {
    model.addAttribute("register", staffBoard(me, filter, RegisterController.page(filter)));
    return "register";
  }

  @GetMapping("/registers/staff.csv")
  ResponseEntity<String> staffCsv(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter) {
    return Csv.of("staff", staffBoard(me, filter, -1), formats);
  }

  @GetMapping("/registers/policies")
  String policies(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter, Model model) {
    model.addAttribute("register", library(me, filter));
    return "register";
  }

  @GetMapping("/registers/policies.csv")
  ResponseEntity<String> policiesCsv(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter) {
    return Csv.of("policies", library(me, filter), formats);
  }

  private Register staffBoard(Viewer me, Map<String, String> filter, int page) {
    Sort sort = Sort.of(filter, STAFF);
    if (!me.isSeesStaff()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Staff files are for HR, compliance and managers");
    }
    LocalDate today = deadlines.today();
    Where where = new Where().and("s.status <> 'LEFT' and s.status <> 'WITHDRAWN'");
    String expiring = filter.getOrDefault("expiring", "");
    if (!expiring.isBlank()) {
      int days = RegisterController.parse(expiring);
      where.and(days == 0 ? "exists (select 1 from credential c where c.staff_id = s.id and c.expires_on < ?)"
          : "exists (select 1 from credential c where c.staff_id = s.id and c.expires_on >= ? and c.expires_on <= ?)",
          days == 0 ? new Object[] {Registers.day(today)}
              : new Object[] {Registers.day(today), Registers.day(today.plusDays(days))});
    }
    String select = "select s.reference, s.first_name || ' ' || s.last_name, s.staff_role, s.role_group, s.status,"
        + " s.start_date, (select min(c.expires_on) from credential c where c.staff_id = s.id and c.expires_on >= '"
        + today + "'), (select count(*) from credential c where c.staff_id = s.id and c.expires_on < '" + today
        + "'), 0 from staff_member s";
    List<Map<String, Object>> rows = registers.rows(select, where, "s.last_name, s.first_name", STAFF, sort, page);
    Map<String, Integer> open = work.openStepsByCase(StaffSteps.COMPLIANCE.keySet());
    rows.forEach(row -> row.put("openChecks", open.getOrDefault(String.valueOf(row.get("reference")), 0)));
    List<Filter> filters = List.of(new Filter("expiring", "License expiring within (days; 0 = expired)",
        expiring, null));
    return new Register("Staff compliance board", "staff", STAFF, rows, filters,
        registers.count("staff_member s", where), rows.size(), sort, Math.max(page, 0));
  }

  private Register library(Viewer me, Map<String, String> filter) {
    boolean reports = me.isManager() || me.in(PracticeGroups.COMPLIANCE);
    String only = filter.getOrDefault("policy", "");
    Sort sort = Sort.of(filter, POLICIES);
    Comparator<Policy> order = POLICY_ORDER.getOrDefault(sort.key(), POLICY_ORDER.get("reference"));
    Map<String, AttestationFigures.PolicyAttestation> attested = new LinkedHashMap<>();
    if (reports) {
      attestations.published().forEach(a -> attested.put(a.reference(), a));
    }
    List<Map<String, Object>> rows = attestations.inForce().stream()
        .filter(p -> me.isManager() || p.scope().stream().anyMatch(me.groups()::contains) || reports)
        .filter(p -> only.isBlank() || p.getReference().equals(only))
        .sorted(sort.descending() ? order.reversed() : order)
        .map(p -> policyRow(p, attested.get(p.getReference()))).toList();
    return new Register("Policy library", "policies", POLICIES, rows,
        List.of(new Filter("policy", "Reference", only, null)), rows.size(), rows.size(), sort, 0);
  }

  private Map<String, Object> policyRow(Policy policy, AttestationFigures.PolicyAttestation attestation) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("reference", policy.getReference());
    row.put("title", policy.getTitle());
    row.put("category", formats.label(policy.getCategory()));
    row.put("ownerGroup", formats.label(policy.getOwnerGroup()));
    row.put("nextReview", formats.date(policy.getNextReviewOn()));
    row.put("attested", attestation == null ? "" : attestation.percent() + " % of "
        + attestation.report().inScope() + " (v" + attestation.report().version() + ")");
    row.put("outstanding", attestation == null ? "" : String.join(", ", attestation.report().outstanding()));
    return row;
  }
}
