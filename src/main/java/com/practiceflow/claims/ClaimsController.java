package com.practiceflow.claims;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.claims.remit.MalformedRemittanceException;
import com.practiceflow.security.CurrentUser;
import com.practiceflow.security.PracticeGroups;
import com.practiceflow.security.StartRights;

/** 835 upload and the dispute figures, for billing and the practice managers only (claim details are theirs). */
@RestController
@RequestMapping("/api")
class ClaimsController {

  private final RemittanceImport imports;
  private final DisputeService disputes;
  private final CurrentUser currentUser;
  private final Deadlines deadlines;
  private final DataSize maxFile;
  private final StartRights startRights;

  ClaimsController(RemittanceImport imports, DisputeService disputes, CurrentUser currentUser, Deadlines deadlines,
      @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFile, StartRights startRights) {
    this.maxFile = maxFile;
    this.startRights = startRights;
    this.imports = imports;
    this.disputes = disputes;
    this.currentUser = currentUser;
    this.deadlines = deadlines;
  }

  @PostMapping(value = "/remittances", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<RemittanceImport.Result> upload(@RequestParam("file") MultipartFile file) throws IOException {
    return imported(file.getBytes(), file.getOriginalFilename());
  }

  @PostMapping(value = "/remittances", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
      "application/edi-x12"})
  ResponseEntity<RemittanceImport.Result> post(InputStream body) throws IOException {
    allowed();
    // read no further than the limit: a raw body has no size check of its own, and a huge one filled the heap
    byte[] file = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFile.toBytes() + 1));
    if (file.length > maxFile.toBytes()) {
      throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "An 835 file may be at most "
          + maxFile.toMegabytes() + " MB; split a larger payment run into several files");
    }
    return imported(file, null);
  }

  @GetMapping("/disputes/figures")
  DisputeFigures figures() {
    allowed();
    return disputes.figures(deadlines.today());
  }

  @GetMapping("/disputes/{reference}")
  Map<String, Object> dispute(@PathVariable String reference) {
    allowed();
    Dispute dispute = disputes.byReference(reference)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No dispute " + reference));
    List<Appeal> appeals = disputes.appeals(dispute.getId());
    return Map.of("dispute", dispute, "appeals", appeals);
  }

  @ExceptionHandler(MalformedRemittanceException.class)
  ResponseEntity<Map<String, Object>> malformed(MalformedRemittanceException e) {
    return ResponseEntity.badRequest().body(Map.of("status", 400, "message", "The 835 file was refused: " + e.getMessage()
        + ". Nothing was imported.", "segment", e.getSegment(), "position", e.getPosition()));
  }

  private ResponseEntity<RemittanceImport.Result> imported(byte[] file, String name) {
    allowed();
    startRights.require(ClaimDisputeProcess.KEY, "claim disputes"); // before a dispute reference is drawn
    RemittanceImport.Result result = imports.importFile(file, name, currentUser.id(), deadlines.today());
    return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
  }

  private void allowed() {
    if (!currentUser.isManager() && !currentUser.isMemberOf(PracticeGroups.BILLING)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Claims are for billing and the practice managers only");
    }
  }
}
