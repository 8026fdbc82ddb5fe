package no.ordna.cms.asset.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Makes an SVG safe to serve from the CMS's origin: parses it without DTDs or external entities,
 * keeps only drawing elements of the SVG namespace (no script, foreignObject, style sheets,
 * animation that could set links), drops event handlers, links other than in-document ones ({@code
 * #id}) and styles that load URLs, and writes the result anew. What cannot be parsed as an SVG is
 * refused. Nesting is bounded (the parser refuses elements deeper than {@link #MAX_DEPTH}) and the
 * tree is walked without recursion, so no document can exhaust the stack.
 */
final class SvgSanitizer {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** Deepest element nesting accepted; real drawings stay far below it. */
  static final int MAX_DEPTH = 256;

  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
  private static final Set<String> ELEMENTS =
      Set.of(
          "svg",
          "g",
          "defs",
          "title",
          "desc",
          "symbol",
          "use",
          "path",
          "rect",
          "circle",
          "ellipse",
          "line",
          "polyline",
          "polygon",
          "text",
          "tspan",
          "textPath",
          "linearGradient",
          "radialGradient",
          "stop",
          "clipPath",
          "mask",
          "pattern",
          "marker",
          "filter",
          "feGaussianBlur",
          "feOffset",
          "feBlend",
          "feColorMatrix",
          "feComposite",
          "feFlood",
          "feMerge",
          "feMergeNode",
          "feMorphology",
          "feDropShadow");

  /** The sanitised SVG, or empty when the bytes are not a well-formed SVG document. */
  static java.util.Optional<byte[]> sanitize(InputStream in) {
    try {
      Document document = parser().parse(in);
      Element root = document.getDocumentElement();
      if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
        return java.util.Optional.empty();
      }
      clean(root);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Transformer transformer = transformers().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return java.util.Optional.of(out.toByteArray());
    } catch (SAXException | IOException | TransformerException | ParserConfigurationException e) {
      return java.util.Optional.empty();
    }
  }

  private static void clean(Element root) {
    java.util.ArrayDeque<Element> pending = new java.util.ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      List<Node> drop = new ArrayList<>();
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        switch (child.getNodeType()) {
          case Node.ELEMENT_NODE -> {
            if (SVG_NS.equals(child.getNamespaceURI()) && ELEMENTS.contains(child.getLocalName())) {
              pending.push((Element) child);
            } else {
              drop.add(child);
            }
          }
          case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
            // text of text elements and titles is harmless once no script or style element holds it
          }
          default -> drop.add(child);
        }
      }
      drop.forEach(element::removeChild);
      NamedNodeMap attributes = element.getAttributes();
      List<Attr> unsafe = new ArrayList<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (!safe(attribute)) {
          unsafe.add(attribute);
        }
      }
      unsafe.forEach(element::removeAttributeNode);
    }
  }

  private static boolean safe(Attr attribute) {
    String ns = attribute.getNamespaceURI();
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
      return true;
    }
    if (ns != null && !XLINK_NS.equals(ns) && !XMLConstants.XML_NS_URI.equals(ns)) {
      return false;
    }
    if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
      return false;
    }
    if (name.equals("href")) {
      return value.startsWith("#");
    }
    if (value.contains("javascript:")
        || value.contains("expression(")
        || value.contains("@import")) {
      return false;
    }
    return !value.replaceAll("url\\(['\"]?#[^)]*\\)", "").contains("url(");
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH));
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder;
  }

  private static TransformerFactory transformers() {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    return factory;
  }
}
