package com.practiceflow.complaints;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A complaint as received, by the intake API ({@code POST /api/complaints}) or the Tasklist start form. */
public record ComplaintIntake(
    @NotBlank(message = "is required: how the complaint arrived (phone, letter, email, in-person, web, portal)")
    @Pattern(regexp = "phone|letter|email|in-person|web|portal",
        message = "must be one of phone, letter, email, in-person, web, portal") String channel,
    @NotBlank(message = "is required")
    @Pattern(regexp = "clinical-care|privacy|billing|access|staff-conduct|communication|facilities|other",
        message = "must be one of clinical-care, privacy, billing, access, staff-conduct, communication, facilities, other")
    String category,
    @NotBlank(message = "is required: what the patient is complaining about")
    @Size(max = 4000, message = "must be at most 4000 characters") String description,
    @NotNull(message = "is required, as an ISO date (yyyy-MM-dd)")
    @PastOrPresent(message = "cannot be in the future") LocalDate receivedOn,
    @Size(max = 255, message = "must be at most 255 characters") String patientName,
    @Size(max = 64, message = "must be at most 64 characters") String patientReference,
    @Email(message = "must be an email address") @Size(max = 255, message = "must be at most 255 characters")
    String contactEmail,
    @Pattern(regexp = "US|UK", message = "must be US or UK") String jurisdiction,
    Boolean harmAlleged) {

  /** The start form's label of each field, so a refusal reads as the form does. */
  private static final Map<String, String> LABELS = Map.of("channel", "How it arrived",
      "category", "Category", "description", "What the patient is complaining about", "receivedOn", "Received on",
      "patientName", "Patient name", "patientReference", "Patient or MRN reference", "contactEmail", "Contact email",
      "jurisdiction", "Rules");

  static String label(String field) {
    return LABELS.getOrDefault(field, field);
  }

  ComplaintIntake withDefaults(String defaultJurisdiction) {
    return new ComplaintIntake(channel, category, description, receivedOn, patientName, patientReference, contactEmail,
        jurisdiction == null || jurisdiction.isBlank() ? defaultJurisdiction : jurisdiction, Boolean.TRUE.equals(harmAlleged));
  }
}
