package com.practiceflow.console;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.claims.ClaimDisputeProcess;
import com.practiceflow.claims.RemittanceImport;
import com.practiceflow.claims.remit.MalformedRemittanceException;
import com.practiceflow.security.StartRights;

/**
 * Billing uploads an 835 from the browser: the same import as {@code POST /api/remittances}, answered with what was
 * imported (claims, the disputes opened, each linked) or the refusal, with its segment and reason.
 */
@Controller
class UploadController {

  private final RemittanceImport imports;
  private final StartRights startRights;
  private final Deadlines deadlines;

  UploadController(RemittanceImport imports, StartRights startRights, Deadlines deadlines) {
    this.imports = imports;
    this.startRights = startRights;
    this.deadlines = deadlines;
  }

  @GetMapping("/remittances/upload")
  String form(@ModelAttribute("me") Viewer me) {
    allowed(me);
    return "upload";
  }

  @PostMapping("/remittances/upload")
  String upload(@ModelAttribute("me") Viewer me, @RequestParam("file") MultipartFile file, Model model)
      throws IOException {
    allowed(me);
    if (file.isEmpty()) {
      model.addAttribute("refusal", "The file is empty: choose the 835 the payer sent");
      return "upload";
    }
    startRights.require(ClaimDisputeProcess.KEY, "claim disputes");
    try {
      model.addAttribute("result", imports.importFile(file.getBytes(), file.getOriginalFilename(), me.id(),
          deadlines.today()));
    } catch (MalformedRemittanceException malformed) {
      model.addAttribute("refusal", "The file was refused: " + malformed.getMessage() + ". Nothing was imported.");
      model.addAttribute("segment", malformed.getSegment());
      model.addAttribute("position", malformed.getPosition());
    }
    model.addAttribute("fileName", file.getOriginalFilename());
    return "upload";
  }

  private static void allowed(Viewer me) {
    if (!me.isSeesDisputes()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "835 uploads are for billing and the managers");
    }
  }
}
