package com.practiceflow.console;

import static com.practiceflow.console.Register.Column.number;
import static com.practiceflow.console.Register.Column.text;

import java.time.LocalDate;
import java.time.YearMonth;
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
import com.practiceflow.console.Register.Option;
import com.practiceflow.console.Register.Sort;
import com.practiceflow.console.Registers.Where;

/**
 * The complaints register and the disputes worklist: filterable, a page at a time, and the same rows as CSV. Who
 * sees which rows follows the records' own rules.
 */
@Controller
class RegisterController {

  private static final List<Column> COMPLAINTS = List.of(text("reference", "Reference"), text("received", "Received"),
      text("channel", "Channel"), text("category", "Category"), text("severity", "Severity"),
      text("ownerGroup", "Handled by"), text("status", "Status"), text("acknowledged", "Acknowledged"),
      text("responded", "Responded"), text("closed", "Closed"), text("outcome", "Outcome"),
      text("rootCause", "Root cause"));
  private static final List<Column> DISPUTES = List.of(text("reference", "Reference"), text("payer", "Payer"),
      text("claim", "Claim"), text("serviceDate", "Service date"), text("procedure", "Procedure"),
      number("billed", "Billed"), number("paid", "Paid"), number("atStake", "At stake"), text("carc", "Reason (CARC)"),
      text("bucket", "Bucket"), text("status", "Status"), number("appealLevel", "Appeal level"),
      text("deadline", "Next deadline"), text("ownerGroup", "Owner"));
  private static final List<String> COMPLAINT_STATUSES = List.of("RECEIVED", "TRIAGED", "ACKNOWLEDGED",
      "INVESTIGATED", "RESPONSE_DRAFTED", "RESPONSE_APPROVED", "CLOSED");

  private final Registers registers;
  private final Formats formats;
  private final Deadlines deadlines;

  RegisterController(Registers registers, Formats formats, Deadlines deadlines) {
    this.registers = registers;
    this.formats = formats;
    this.deadlines = deadlines;
  }

  @GetMapping("/registers/complaints")
  String complaints(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter, Model model) {
    model.addAttribute("register", complaintRegister(me, filter, page(filter)));
    return "register";
  }

  @GetMapping("/registers/complaints.csv")
  ResponseEntity<String> complaintsCsv(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter) {
    return Csv.of("complaints", complaintRegister(me, filter, -1), formats);
  }

  @GetMapping("/registers/disputes")
  String disputes(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter, Model model) {
    model.addAttribute("register", disputeWorklist(me, filter, page(filter)));
    return "register";
  }

  @GetMapping("/registers/disputes.csv")
  ResponseEntity<String> disputesCsv(@ModelAttribute("me") Viewer me, @RequestParam Map<String, String> filter) {
    return Csv.of("disputes", disputeWorklist(me, filter, -1), formats);
  }

  private Register complaintRegister(Viewer me, Map<String, String> filter, int page) {
    Sort sort = Sort.of(filter, COMPLAINTS);
    if (!me.isSeesComplaints()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Complaint records are for the groups handling them");
    }
    Where where = new Where();
    if (!me.isManager()) {
      where.in("owner_group", me.groups());
    }
    String status = filter.getOrDefault("status", "");
    if (COMPLAINT_STATUSES.contains(status)) {
      where.and("status = ?", status);
    } else if ("open".equals(status)) {
      where.and("status <> 'CLOSED'");
    }
    if (!filter.getOrDefault("category", "").isBlank()) {
      where.and("category = ?", filter.get("category"));
    }
    String outcome = filter.getOrDefault("outcome", "");
    if ("not recorded".equals(outcome)) {
      where.and("outcome is null and status = 'CLOSED'");
    } else if (!outcome.isBlank()) {
      where.and("outcome = ?", outcome);
    }
    YearMonth month = month(filter.get("month"));
    if (month != null) {
      where.and("received_on >= ? and received_on <= ?", Registers.day(month.atDay(1)),
          Registers.day(month.atEndOfMonth()));
    }
    List<Map<String, Object>> rows = registers.rows("select reference, received_on, channel, category, severity,"
        + " owner_group, status, acknowledged_on, responded_on, closed_on, outcome, root_cause from complaint", where,
        "received_on desc, reference desc", COMPLAINTS, sort, page);
    List<Filter> filters = List.of(
        new Filter("status", "Status", status, options(List.of("open", "RECEIVED", "TRIAGED", "ACKNOWLEDGED",
            "INVESTIGATED", "RESPONSE_DRAFTED", "RESPONSE_APPROVED", "CLOSED"))),
        new Filter("category", "Category", filter.getOrDefault("category", ""), options(List.of("clinical-care",
            "billing", "privacy", "access", "staff-conduct", "communication", "facilities", "other"))),
        new Filter("outcome", "Outcome", outcome, options(List.of("upheld", "partly-upheld", "not-upheld",
            "not recorded"))),
        new Filter("month", "Received in (yyyy-mm)", month == null ? "" : month.toString(), null));
    return new Register("Complaints register", "complaints", COMPLAINTS, rows, filters,
        registers.count("complaint", where), rows.size(), sort, Math.max(page, 0));
  }

  private Register disputeWorklist(Viewer me, Map<String, String> filter, int page) {
    Sort sort = Sort.of(filter, DISPUTES);
    if (!me.isSeesDisputes()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Claim details are for billing and the managers");
    }
    Where where = new Where();
    String state = filter.getOrDefault("state", "open");
    if ("open".equals(state)) {
      where.and("closed_on is null");
    } else if ("closed".equals(state)) {
      where.and("closed_on is not null");
    }
    if (!filter.getOrDefault("payer", "").isBlank()) {
      where.and("payer_name = ?", filter.get("payer"));
    }
    if (!filter.getOrDefault("carc", "").isBlank()) {
      where.and("carc = ?", filter.get("carc"));
    }
    int due = parse(filter.get("due"));
    if (due > 0) {
      LocalDate today = deadlines.today();
      // only what falls due from today on: a past deadline is never listed as upcoming
      where.and("current_deadline >= ? and current_deadline <= ?", Registers.day(today),
          Registers.day(today.plusDays(due)));
    }
    List<Map<String, Object>> rows = registers.rows("select reference, payer_name, claim_ref, service_date,"
        + " procedure_code, billed, paid, amount_at_stake, carc, bucket, status, appeal_level, current_deadline,"
        + " owner_group from dispute", where, "current_deadline nulls last, reference", DISPUTES, sort, page);
    List<Filter> filters = List.of(
        new Filter("state", "Disputes", state, List.of(new Option("open", "Open"), new Option("closed", "Closed"),
            new Option("all", "All"))),
        new Filter("payer", "Payer", filter.getOrDefault("payer", ""), null),
        new Filter("carc", "Reason code", filter.getOrDefault("carc", ""), null),
        new Filter("due", "Deadline within (days)", due > 0 ? String.valueOf(due) : "", null));
    return new Register("Disputes worklist", "disputes", DISPUTES, rows, filters, registers.count("dispute", where),
        rows.size(), sort, Math.max(page, 0));
  }

  private List<Option> options(List<String> values) {
    return values.stream().map(v -> new Option(v, formats.label(v))).toList();
  }

  private static YearMonth month(String text) {
    try {
      return text == null || text.isBlank() ? null : YearMonth.parse(text.trim());
    } catch (java.time.format.DateTimeParseException notAMonth) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The month is written yyyy-mm, e.g. 2026-11");
    }
  }

  static int page(Map<String, String> filter) {
    return Math.max(0, parse(filter.get("page")));
  }

  static int parse(String number) {
    try {
      return number == null || number.isBlank() ? 0 : Integer.parseInt(number.trim());
    } catch (NumberFormatException notANumber) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + number + "' is not a whole number");
    }
  }
}
