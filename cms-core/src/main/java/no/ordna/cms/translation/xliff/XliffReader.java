package no.ordna.cms.translation.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Violations;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Reads an XLIFF 2.0 document strictly and safely (no DTDs, no external entities): the root must be
 * {@code <xliff version="2.0">} in the XLIFF namespace with both languages; each {@code <file>}
 * must name its item; each {@code <unit>} needs an id and exactly one segment with a source.
 * Problems are reported with their place ({@code file[2].unit[title]}); text comes out in NFC.
 */
public final class XliffReader {

  private XliffReader() {}

  public static XliffDocument read(byte[] bytes) {
    Document document = parse(bytes);
    Element root = document.getDocumentElement();
    Violations violations = new Violations();
    if (!"xliff".equals(root.getLocalName())
        || !XliffDocument.NAMESPACE.equals(root.getNamespaceURI())) {
      throw new InvalidInputException(
          "xliff-invalid",
          "Not an XLIFF 2.0 document: the root must be <xliff> in " + XliffDocument.NAMESPACE);
    }
    if (!root.getAttribute("version").startsWith("2.")) {
      violations.add("xliff.version", "must be 2.0 (XLIFF 1.2 is not read)");
    }
    String source = root.getAttribute("srcLang");
    String target = root.getAttribute("trgLang");
    if (source.isEmpty()) {
      violations.add("xliff.srcLang", "is required");
    }
    if (target.isEmpty()) {
      violations.add("xliff.trgLang", "is required");
    }
    List<XliffFile> files = new ArrayList<>();
    int index = 0;
    for (Element file : children(root, "file")) {
      files.add(file(file, "file[" + index++ + "]", violations));
    }
    if (files.isEmpty()) {
      violations.add("xliff", "holds no <file>");
    }
    violations.throwIfAny("Invalid XLIFF");
    return new XliffDocument(source, target, files);
  }

  private static XliffFile file(Element file, String path, Violations violations) {
    String itemId = null;
    String type = null;
    Integer revision = null;
    for (Element meta : descendants(file, XliffDocument.METADATA, "meta")) {
      String value = meta.getTextContent().trim();
      switch (meta.getAttribute("type")) {
        case "item" -> itemId = value;
        case "contentType" -> type = value;
        case "sourceRevision" ->
            revision = value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
        default -> {}
      }
    }
    if (itemId == null && file.getAttribute("original").startsWith("item/")) {
      itemId = file.getAttribute("original").substring(5);
    }
    if (itemId == null) {
      violations.add(path, "names no item (metadata 'item' or original=\"item/<id>\")");
    }
    List<XliffUnit> units = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element unit : children(file, "unit")) {
      String id = unit.getAttribute("id");
      String unitPath = path + ".unit[" + id + "]";
      if (id.isEmpty() || !ids.add(id)) {
        violations.add(unitPath, id.isEmpty() ? "has no id" : "id is used twice");
        continue;
      }
      List<Element> segments = children(unit, "segment");
      if (segments.size() != 1) {
        violations.add(unitPath, "must hold exactly one <segment>");
        continue;
      }
      List<Element> sources = children(segments.get(0), "source");
      List<Element> targets = children(segments.get(0), "target");
      if (sources.size() != 1 || targets.size() > 1) {
        violations.add(unitPath, "a segment holds one <source> and at most one <target>");
        continue;
      }
      String targetText = targets.isEmpty() ? null : nfc(targets.get(0).getTextContent());
      units.add(new XliffUnit(id, nfc(sources.get(0).getTextContent()), targetText));
    }
    return new XliffFile(itemId, type, revision, units);
  }

  private static Document parse(byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new InvalidInputException(
          "xliff-invalid",
          "Not well-formed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (org.xml.sax.SAXException | IOException e) {
      throw new InvalidInputException("xliff-invalid", "Not well-formed XML: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && name.equals(element.getLocalName())
          && XliffDocument.NAMESPACE.equals(element.getNamespaceURI())) {
        found.add(element);
      }
    }
    return found;
  }

  private static List<Element> descendants(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    var nodes = parent.getElementsByTagNameNS(namespace, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
