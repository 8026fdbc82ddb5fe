package no.ordna.cms.syndication.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses written XML back with the JDK's namespace-aware DOM parser, for assertions. */
final class Dom {

  private Dom() {}

  static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + new String(xml), e);
    }
  }

  /** The direct children of {@code parent} named {@code localName} in {@code ns}. */
  static List<Element> children(Element parent, String ns, String localName) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  static String text(Element parent, String ns, String localName) {
    List<Element> found = children(parent, ns, localName);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " <" + localName + "> elements");
    }
    return found.get(0).getTextContent();
  }
}
