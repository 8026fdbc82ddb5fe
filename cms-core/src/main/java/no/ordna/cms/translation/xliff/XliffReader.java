package no.ordna.cms.translation.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Reads XLIFF 2.0 or 1.2, told apart by the root's namespace, strictly and safely (no DTDs, no
 * external entities). A file that is not XLIFF at all is refused at once; problems of single units
 * (a missing id, wrongly nested codes) are added to the caller's {@link Violations} with their
 * place ({@code file[2].unit[title]}), so every refused unit can be named together.
 */
public final class XliffReader {

  private XliffReader() {}

  public static XliffDocument read(byte[] bytes, Violations violations) {
    Element root = parse(bytes).getDocumentElement();
    Optional<XliffVersion> version =
        "xliff".equals(root.getLocalName())
            ? XliffVersion.fromNamespace(root.getNamespaceURI())
            : Optional.empty();
    if (version.isEmpty()) {
      throw new InvalidInputException(
          "xliff-invalid",
          "Not an XLIFF document: the root must be <xliff> in "
              + XliffVersion.V2_0.namespace()
              + " (XLIFF 2.0) or "
              + XliffVersion.V1_2.namespace()
              + " (XLIFF 1.2)");
    }
    return version.get() == XliffVersion.V2_0
        ? Xliff20Reader.read(root, violations)
        : Xliff12Reader.read(root, violations);
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

  /** The child elements {@code name} in {@code namespace}. */
  static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && name.equals(element.getLocalName())
          && namespace.equals(element.getNamespaceURI())) {
        found.add(element);
      }
    }
    return found;
  }

  /** All child elements. */
  static List<Element> childElements(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        found.add(element);
      }
    }
    return found;
  }

  /** The descendant elements {@code name} in {@code namespace}, in document order. */
  static List<Element> descendants(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    var nodes = parent.getElementsByTagNameNS(namespace, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  /** An attribute's value, or null when absent (DOM gives "" for both). */
  static String attribute(Element element, String name) {
    return element.hasAttribute(name) ? element.getAttribute(name) : null;
  }

  /** A source revision number as written in a file, or null. */
  static Integer revision(String value) {
    return value != null && value.trim().matches("\\d{1,9}") ? Integer.valueOf(value.trim()) : null;
  }
}
