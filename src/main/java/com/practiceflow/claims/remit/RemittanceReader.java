package com.practiceflow.claims.remit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.practiceflow.claims.remit.RemittanceAdvice.Adjustment;
import com.practiceflow.claims.remit.RemittanceAdvice.ClaimPayment;
import com.practiceflow.claims.remit.RemittanceAdvice.ServiceLine;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * Reads an X12 835 (005010X221A1) with StAEDI, which checks the envelope and control structure (ISA/GS/ST counts and
 * numbers); this class reads the segments PracticeFlow needs (BPR, TRN, N1*PR, CLP, NM1*QC, DTM, SVC, CAS, AMT*B6,
 * LQ*HE) and refuses anything it cannot trust, naming the segment.
 */
@Component
public class RemittanceReader {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");
  private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("99999999.99");
  private static final String REVERSAL = "22";

  public List<RemittanceAdvice> read(byte[] file) {
    List<Segment> segments = segments(file);
    List<RemittanceAdvice> transactions = new ArrayList<>();
    Builder builder = null;
    for (Segment segment : segments) {
      switch (segment.tag) {
        case "ST" -> {
          if (!"835".equals(segment.get(1))) {
            throw new MalformedRemittanceException("ST", segment.position, "transaction " + segment.get(1)
                + " is not an 835 remittance advice");
          }
          builder = new Builder();
        }
        case "SE" -> {
          transactions.add(require(builder, segment).build(segment));
          builder = null;
        }
        case "ISA", "GS", "GE", "IEA" -> {
        }
        default -> {
          if (builder == null) {
            throw new MalformedRemittanceException(segment.tag, segment.position, "outside an ST/SE transaction");
          }
          builder.accept(segment);
        }
      }
    }
    if (builder != null) {
      throw new MalformedRemittanceException("SE", segments.size(), "the transaction never ends (no SE segment)");
    }
    if (transactions.isEmpty()) {
      throw new MalformedRemittanceException("ST", 0, "the file holds no 835 transaction");
    }
    return transactions;
  }

  private static Builder require(Builder builder, Segment segment) {
    if (builder == null) {
      throw new MalformedRemittanceException(segment.tag, segment.position, "SE without a matching ST");
    }
    return builder;
  }

  /** The file's segments; StAEDI reports syntax and control-structure errors as events, turned into refusals. */
  private static List<Segment> segments(byte[] file) {
    List<Segment> segments = new ArrayList<>();
    EDIInputFactory factory = EDIInputFactory.newFactory();
    try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(file))) {
      Segment current = null;
      int element = 0;
      int component = 0;
      boolean inComposite = false;
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_SEGMENT -> {
            current = new Segment(reader.getText(), segments.size() + 1);
            element = 0;
          }
          case START_COMPOSITE -> {
            inComposite = true;
            component = 0;
            element = reader.getLocation().getElementPosition();
          }
          case END_COMPOSITE -> inComposite = false;
          case ELEMENT_DATA -> {
            if (current != null) {
              int position = reader.getLocation().getElementPosition();
              current.set(position, inComposite ? ++component : 0, reader.getText());
            }
          }
          case END_SEGMENT -> {
            segments.add(current);
            current = null;
          }
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> throw new MalformedRemittanceException(
              tag(reader, current), segments.size() + 1, describe(reader.getErrorType().name(), reader.getText()));
          default -> {
          }
        }
      }
      if (current != null) {
        throw new MalformedRemittanceException(current.tag, segments.size() + 1, "the segment is cut off");
      }
    } catch (EDIStreamException e) {
      String at = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getSegmentTag());
      int position = e.getLocation() == null ? segments.size() + 1 : e.getLocation().getSegmentPosition();
      throw new MalformedRemittanceException(at, position, "not readable as X12: " + e.getMessage());
    } catch (IOException e) {
      throw new MalformedRemittanceException("?", 0, "the file could not be read: " + e.getMessage());
    }
    return segments;
  }

  private static String tag(EDIStreamReader reader, Segment current) {
    String tag = reader.getLocation().getSegmentTag();
    return tag != null ? tag : current != null ? current.tag : "?";
  }

  private static String describe(String error, String text) {
    String readable = error.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return text == null || text.isBlank() ? readable : readable + " ('" + text + "')";
  }

  /** Collects one transaction's values as the segments pass. */
  private static final class Builder {

    private String payerName;
    private String payerId;
    private String traceNumber;
    private LocalDate paymentDate;
    private BigDecimal totalPaid;
    private final List<ClaimPayment> claims = new ArrayList<>();
    private ClaimDraft claim;
    private LineDraft line;

    void accept(Segment s) {
      switch (s.tag) {
        case "BPR" -> {
          totalPaid = amount(s, 2);
          paymentDate = RemittanceReader.date(s, 16);
        }
        case "TRN" -> traceNumber = s.get(2);
        case "N1" -> {
          if ("PR".equals(s.get(1))) {
            payerName = s.get(2);
            payerId = s.get(4);
          }
        }
        case "CLP" -> {
          closeClaim();
          claim = new ClaimDraft(s.get(1), s.get(2), charge(s, 3, s.get(2)), amount(s, 4), optionalAmount(s, 5),
              s.get(7));
        }
        case "NM1" -> {
          if (claim != null && "QC".equals(s.get(1))) {
            claim.memberId = s.get(9);
          }
        }
        case "DTM" -> serviceDate(s);
        case "SVC" -> {
          requireClaim(s);
          closeLine();
          String[] procedure = s.composite(1);
          line = new LineDraft(claim.lines.size() + 1, procedure.length > 1 ? procedure[1] : procedure[0],
              procedure.length > 2 ? String.join(",", java.util.Arrays.copyOfRange(procedure, 2, procedure.length))
                  : null, charge(s, 2, claim.status), amount(s, 3), s.get(5) == null ? 1 : integer(s, 5));
        }
        case "CAS" -> adjustments(s);
        case "AMT" -> {
          if (line != null && "B6".equals(s.get(1))) {
            line.allowed = amount(s, 2);
          }
        }
        case "LQ" -> {
          if (line != null && "HE".equals(s.get(1))) {
            line.remarks.add(s.get(2));
          }
        }
        default -> {
        }
      }
    }

    private void serviceDate(Segment s) {
      if ("472".equals(s.get(1)) && line != null) {
        line.serviceDate = RemittanceReader.date(s, 2);
      } else if ("232".equals(s.get(1)) && claim != null) {
        claim.serviceDate = RemittanceReader.date(s, 2);
      }
    }

    private void adjustments(Segment s) {
      requireClaim(s);
      String group = s.get(1);
      if (!List.of("CO", "PR", "OA", "PI", "CR").contains(group)) {
        throw new MalformedRemittanceException("CAS", s.position, "unknown claim adjustment group code '" + group + "'");
      }
      List<Adjustment> into = line != null ? line.adjustments : claim.adjustments;
      for (int i = 2; i <= 17 && s.get(i) != null; i += 3) {
        into.add(new Adjustment(group, s.get(i), amount(s, i + 1)));
      }
    }

    private void requireClaim(Segment s) {
      if (claim == null) {
        throw new MalformedRemittanceException(s.tag, s.position, "comes before any CLP claim segment");
      }
    }

    private void closeLine() {
      if (line != null) {
        claim.lines.add(line.build(claim.serviceDate));
        line = null;
      }
    }

    private void closeClaim() {
      if (claim != null) {
        closeLine();
        claims.add(claim.build());
        claim = null;
      }
    }

    RemittanceAdvice build(Segment se) {
      closeClaim();
      if (payerId == null || traceNumber == null) {
        throw new MalformedRemittanceException("SE", se.position, "the transaction has no payer (N1*PR) or no trace (TRN)");
      }
      return new RemittanceAdvice(payerName, payerId, traceNumber, paymentDate, totalPaid, List.copyOf(claims));
    }
  }

  private static final class ClaimDraft {
    final String claimId;
    final String status;
    final BigDecimal billed;
    final BigDecimal paid;
    final BigDecimal patientResponsibility;
    final String payerClaimNumber;
    String memberId;
    LocalDate serviceDate;
    final List<ServiceLine> lines = new ArrayList<>();
    final List<Adjustment> adjustments = new ArrayList<>();

    ClaimDraft(String claimId, String status, BigDecimal billed, BigDecimal paid, BigDecimal patientResponsibility,
        String payerClaimNumber) {
      this.claimId = claimId;
      this.status = status;
      this.billed = billed;
      this.paid = paid;
      this.patientResponsibility = patientResponsibility;
      this.payerClaimNumber = payerClaimNumber;
    }

    ClaimPayment build() {
      return new ClaimPayment(claimId, status, billed, paid, patientResponsibility, payerClaimNumber, memberId,
          serviceDate, List.copyOf(lines));
    }
  }

  private static final class LineDraft {
    final int number;
    final String procedureCode;
    final String modifiers;
    final BigDecimal billed;
    final BigDecimal paid;
    final int units;
    BigDecimal allowed;
    LocalDate serviceDate;
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<String> remarks = new ArrayList<>();

    LineDraft(int number, String procedureCode, String modifiers, BigDecimal billed, BigDecimal paid, int units) {
      this.number = number;
      this.procedureCode = procedureCode;
      this.modifiers = modifiers;
      this.billed = billed;
      this.paid = paid;
      this.units = units;
    }

    ServiceLine build(LocalDate claimDate) {
      return new ServiceLine(number, procedureCode, modifiers, billed, paid, allowed, units,
          serviceDate != null ? serviceDate : claimDate, List.copyOf(adjustments), List.copyOf(remarks));
    }
  }

  /** X12's decimal type: digits with an optional sign and point, no exponent; no claim comes near 100 million. */
  private static BigDecimal amount(Segment s, int element) {
    String value = s.get(element);
    if (value == null) {
      throw new MalformedRemittanceException(s.tag, s.position, "element " + element + " (an amount) is missing");
    }
    if (!AMOUNT.matcher(value).matches()) {
      throw new MalformedRemittanceException(s.tag, s.position, "element " + element + " is not an amount: '"
          + value + "'");
    }
    BigDecimal amount = new BigDecimal(value);
    if (amount.abs().compareTo(LARGEST_AMOUNT) > 0) {
      throw new MalformedRemittanceException(s.tag, s.position, "element " + element + " (" + value + ") is larger"
          + " than any claim amount (at most " + LARGEST_AMOUNT.toPlainString() + ")");
    }
    return amount;
  }

  /** A billed charge is never below zero, except on a reversal of an earlier payment (claim status 22). */
  private static BigDecimal charge(Segment s, int element, String claimStatus) {
    BigDecimal charge = amount(s, element);
    if (charge.signum() < 0 && !REVERSAL.equals(claimStatus)) {
      throw new MalformedRemittanceException(s.tag, s.position, "element " + element + " (the billed charge, "
          + charge.toPlainString() + ") is negative, which only a reversal (claim status 22) may be");
    }
    return charge;
  }

  private static BigDecimal optionalAmount(Segment s, int element) {
    return s.get(element) == null ? BigDecimal.ZERO : amount(s, element);
  }

  private static int integer(Segment s, int element) {
    try {
      return new BigDecimal(s.get(element)).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new MalformedRemittanceException(s.tag, s.position, "element " + element + " is not a whole number");
    }
  }

  private static LocalDate date(Segment s, int element) {
    String value = s.get(element);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value, CCYYMMDD);
    } catch (DateTimeParseException e) {
      throw new MalformedRemittanceException(s.tag, s.position, "element " + element + " is not a date: '" + value + "'");
    }
  }

  /** One segment's elements by position (1-based); composite elements keep their components. */
  private static final class Segment {
    final String tag;
    final int position;
    final java.util.Map<Integer, List<String>> elements = new java.util.HashMap<>();

    Segment(String tag, int position) {
      this.tag = tag;
      this.position = position;
    }

    void set(int element, int component, String value) {
      List<String> parts = elements.computeIfAbsent(element, e -> new ArrayList<>());
      if (component == 0) {
        parts.clear();
      }
      parts.add(value);
    }

    String get(int element) {
      List<String> parts = elements.get(element);
      return parts == null || parts.isEmpty() || parts.get(0) == null || parts.get(0).isEmpty() ? null : parts.get(0);
    }

    String[] composite(int element) {
      List<String> parts = elements.getOrDefault(element, List.of());
      return parts.toArray(String[]::new);
    }
  }
}
