package no.ordna.cms.translation.xliff;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small helpers for writing XML with the JDK's StAX writer. */
public final class XmlText {

  private XmlText() {}

  /** Writes a document with {@code body}; the bytes are UTF-8. */
  public static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write XML", e);
    }
    return out.toByteArray();
  }

  /** What goes between the XML declaration and the end. */
  @FunctionalInterface
  public interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  /** A line break and indentation between elements, for people who open the file. */
  public static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** The text without characters XML 1.0 does not allow. */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** An element holding only text. */
  public static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  /** An attribute, left out when {@code value} is null. */
  public static void attribute(XMLStreamWriter xml, String name, Object value)
      throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, clean(value.toString()));
    }
  }
}
