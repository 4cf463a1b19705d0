package com.practiceflow.deployment.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether a file can be read at all as what its name says (a diagram, a decision table, a form), before any rule
 * looks inside it. Without this the engine met an empty file, a zip or a DOCTYPE with its own exception: HTTP 500
 * and a stack trace instead of a reason the manager can act on.
 */
final class FileShapes {

  static final String BPMN_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  /** DMN 1.1 to 1.3, the versions Camunda 7 reads. */
  static final Set<String> DMN_NAMESPACES = Set.of("http://www.omg.org/spec/DMN/20151101/dmn.xsd",
      "http://www.omg.org/spec/DMN/20180521/MODEL/", "https://www.omg.org/spec/DMN/20191111/MODEL/");
  private static final String FILE = "(the file)";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FileShapes() {
  }

  static Optional<ModelProblem> bpmn(ModelSource source) {
    return xml(source, "BPMN diagram", Set.of(BPMN_NAMESPACE));
  }

  static Optional<ModelProblem> dmn(ModelSource source) {
    return xml(source, "DMN decision table", DMN_NAMESPACES);
  }

  static Optional<ModelProblem> form(ModelSource source) {
    if (blank(source.bytes())) {
      return refuse(source, "the form file is empty; save the form again in the Modeler and deploy that file");
    }
    try {
      JsonNode form = JSON.readTree(withoutByteOrderMark(source.bytes()));
      if (!form.isObject()) {
        return refuse(source, "the file is not a Camunda form: a form file holds one JSON object with its fields");
      }
      if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
        return refuse(source, "the form has no id, so no task can name it; give it a Form ID in the Modeler's"
            + " form properties");
      }
      return Optional.empty();
    } catch (JsonProcessingException broken) {
      return refuse(source, "the form is not readable JSON (line " + broken.getLocation().getLineNr()
          + "): it was cut short or edited by hand; save it again from the Modeler");
    } catch (IOException unreadable) {
      return refuse(source, "the form file could not be read");
    }
  }

  private static Optional<ModelProblem> xml(ModelSource source, String kind, Set<String> namespaces) {
    byte[] bytes = source.bytes();
    if (blank(bytes)) {
      return refuse(source, "the file is empty; save the " + kind + " again in the Modeler and deploy that file");
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return refuse(source, "the file is a zip archive, not a " + kind + "; unpack it and deploy the file inside");
    }
    String text = new String(withoutByteOrderMark(bytes), StandardCharsets.UTF_8);
    if (text.indexOf('\0') >= 0 || !text.stripLeading().startsWith("<")) {
      return refuse(source, "the file is not XML, so it is not a " + kind + " (perhaps a picture or a document"
          + " saved under this name); export the " + kind + " from the Modeler and deploy that file");
    }
    if (text.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
      return refuse(source, "the file declares a DOCTYPE, which PracticeFlow never reads (it can make the server"
          + " read other files); remove the <!DOCTYPE ...> part, which the Modeler never writes");
    }
    Element root;
    try {
      root = ModelReading.xml(source).getDocumentElement();
    } catch (IllegalArgumentException broken) {
      return refuse(source, "the XML is broken" + where(broken.getCause()) + "; the file was cut short or edited"
          + " by hand: open it in the Modeler, which shows what it can read, and save it again");
    }
    if (!"definitions".equals(root.getLocalName()) || !namespaces.contains(root.getNamespaceURI())) {
      return refuse(source, "the file is XML but not a " + kind + " (its first element is <" + root.getTagName()
          + ">); save it from the Camunda Modeler as a " + kind + " for Camunda 7");
    }
    return Optional.empty();
  }

  private static String where(Throwable cause) {
    if (cause instanceof SAXParseException at && at.getLineNumber() > 0) {
      return " at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + " (" + at.getMessage() + ")";
    }
    return "";
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : withoutByteOrderMark(bytes)) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] withoutByteOrderMark(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    return bytes;
  }

  private static Optional<ModelProblem> refuse(ModelSource source, String message) {
    return Optional.of(new ModelProblem(source.name(), FILE, message, 0));
  }
}
