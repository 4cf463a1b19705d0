package com.practiceflow.deployment.guard;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelInstanceImpl;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.impl.DmnModelInstanceImpl;
import org.camunda.bpm.model.xml.impl.ModelImpl;
import org.camunda.bpm.model.xml.impl.util.DomUtil;
import org.camunda.bpm.model.xml.instance.DomDocument;

/**
 * Reads a deployment's files for the guard's rules without validating them against the XML schema: the engine
 * validates every file when it parses it, so validating here too doubled the cost of a deployment. A file is only
 * read the validating way when the rules found something ({@link #validBpmn}, {@link #validDmn}): problems are
 * reported for schema-valid files alone, as before, and anything else is left to the engine's own message.
 */
final class ModelReading {

  private static final DocumentBuilderFactory FACTORY = factory();

  private ModelReading() {
  }

  /** Throws a runtime exception when the bytes are not well-formed XML. */
  static BpmnModelInstance bpmn(ModelSource source) {
    return new BpmnModelInstanceImpl((ModelImpl) Bpmn.INSTANCE.getBpmnModel(), Bpmn.INSTANCE.getBpmnModelBuilder(),
        dom(source));
  }

  /** Throws a runtime exception when the bytes are not well-formed XML. */
  static DmnModelInstance dmn(ModelSource source) {
    return new DmnModelInstanceImpl((ModelImpl) Dmn.INSTANCE.getDmnModel(), Dmn.INSTANCE.getDmnModelBuilder(),
        dom(source));
  }

  static boolean validBpmn(ModelSource source) {
    return reads(() -> Bpmn.readModelFromStream(source.open()));
  }

  static boolean validDmn(ModelSource source) {
    return reads(() -> Dmn.readModelFromStream(source.open()));
  }

  /** Whether the model API's validating read accepts the file. */
  private static boolean reads(Runnable validatingRead) {
    try {
      validatingRead.run();
      return true;
    } catch (RuntimeException invalid) {
      return false;
    }
  }

  /** The file as plain XML, read as securely as the model API reads it; throws when it is not well-formed. */
  static org.w3c.dom.Document xml(ModelSource source) {
    try {
      synchronized (FACTORY) {
        return FACTORY.newDocumentBuilder().parse(source.open());
      }
    } catch (ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException e) {
      throw new IllegalArgumentException("not well-formed XML", e);
    }
  }

  private static DomDocument dom(ModelSource source) {
    synchronized (FACTORY) { // a DocumentBuilderFactory is not thread-safe
      return DomUtil.parseInputStream(FACTORY, source.open());
    }
  }

  /** As the model API configures its own: namespaces on, no DTDs, no external entities. */
  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setIgnoringComments(true);
    factory.setIgnoringElementContentWhitespace(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be secured", e);
    }
    return factory;
  }
}
