package no.ordna.cms.web.it.support;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a translator's tool does to an exported XLIFF file, for tests: parse it, list its units, and
 * fill in targets as copies of the sources with their text changed (codes kept where they are).
 */
public final class XliffFiles {

  public static final String XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0";
  public static final String XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2";

  private XliffFiles() {}

  public static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not XML: " + e + "\n" + xml, e);
    }
  }

  public static String serialize(Document document) {
    try {
      StringWriter out = new StringWriter();
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The units ({@code <unit>} or {@code <trans-unit>}) of a document, in order. */
  public static List<Element> units(Document document) {
    boolean v2 = XLIFF_2.equals(document.getDocumentElement().getNamespaceURI());
    return elements(
        document.getDocumentElement(), v2 ? XLIFF_2 : XLIFF_12, v2 ? "unit" : "trans-unit");
  }

  public static List<String> unitIds(Document document) {
    return units(document).stream().map(u -> u.getAttribute("id")).toList();
  }

  public static List<Element> elements(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  public static Element unit(Document document, String id) {
    return units(document).stream()
        .filter(u -> u.getAttribute("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + id + " in " + serialize(document)));
  }

  /** Translates every translatable unit: its text nodes through {@code text}, codes kept. */
  public static String translate(String xml, UnaryOperator<String> text) {
    return translate(xml, (id, source) -> text.apply(source));
  }

  /**
   * Translates every translatable unit; {@code text} gets the unit id and a text node of its source
   * and gives the target's text node (null leaves the unit untranslated).
   */
  public static String translate(String xml, BiFunction<String, String, String> text) {
    Document document = parse(xml);
    boolean v2 = XLIFF_2.equals(document.getDocumentElement().getNamespaceURI());
    String ns = v2 ? XLIFF_2 : XLIFF_12;
    for (Element unit : units(document)) {
      if ("no".equals(unit.getAttribute("translate"))) {
        continue;
      }
      String id = unit.getAttribute("id");
      Element source = elements(unit, ns, "source").get(0);
      Element target = (Element) source.cloneNode(true);
      document.renameNode(target, ns, "target");
      if (!map(target, id, text)) {
        continue;
      }
      List<Element> old = elements(unit, ns, "target");
      if (v2) {
        old.forEach(o -> o.getParentNode().removeChild(o));
        source.getParentNode().insertBefore(target, source.getNextSibling());
        ((Element) source.getParentNode()).setAttribute("state", "translated");
      } else {
        target.setAttribute("state", "translated");
        unit.replaceChild(target, old.get(0));
      }
    }
    return serialize(document);
  }

  /**
   * Replaces a unit's target (XLIFF 2.0: of its first segment) with {@code content}, XML in the
   * document's namespace written as it would appear inside {@code <target>}.
   */
  public static void setTarget(Document document, String unitId, String content) {
    String ns = document.getDocumentElement().getNamespaceURI();
    Element target =
        (Element)
            document.importNode(
                parse("<target xmlns=\"" + ns + "\">" + content + "</target>").getDocumentElement(),
                true);
    Element unit = unit(document, unitId);
    Element source = elements(unit, ns, "source").get(0);
    elements(unit, ns, "target").forEach(t -> t.getParentNode().removeChild(t));
    if (XLIFF_12.equals(ns)) {
      target.setAttribute("state", "translated");
    }
    source.getParentNode().insertBefore(target, source.getNextSibling());
  }

  private static boolean map(Node node, String id, BiFunction<String, String, String> text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE) {
        String mapped = text.apply(id, child.getNodeValue());
        if (mapped == null) {
          return false;
        }
        child.setNodeValue(mapped);
      } else if (!map(child, id, text)) {
        return false;
      }
    }
    return true;
  }
}
