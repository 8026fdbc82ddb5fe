package no.ordna.cms.translation.xliff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XliffDocument} as XLIFF 2.0 with the JDK's StAX writer: one {@code <file>} per
 * item carrying its id, type and source revision as metadata, one {@code <unit>} per text. Rich
 * text travels as its HTML, escaped as text; characters XML cannot hold are dropped.
 */
public final class XliffWriter {

  private XliffWriter() {}

  public static byte[] write(XliffDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("xliff");
      xml.writeDefaultNamespace(XliffDocument.NAMESPACE);
      xml.writeNamespace("mda", XliffDocument.METADATA);
      xml.writeAttribute("version", "2.0");
      xml.writeAttribute("srcLang", document.sourceLocale());
      xml.writeAttribute("trgLang", document.targetLocale());
      for (XliffFile file : document.files()) {
        writeFile(xml, file);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write XLIFF", e);
    }
    return out.toByteArray();
  }

  private static void writeFile(XMLStreamWriter xml, XliffFile file) throws XMLStreamException {
    xml.writeStartElement("file");
    xml.writeAttribute("id", "item-" + file.itemId());
    xml.writeAttribute("original", "item/" + file.itemId());
    xml.writeStartElement(XliffDocument.METADATA, "metadata");
    xml.writeStartElement(XliffDocument.METADATA, "metaGroup");
    xml.writeAttribute("category", "ordna-cms");
    meta(xml, "item", file.itemId());
    meta(xml, "contentType", file.typeKey());
    if (file.sourceRevision() != null) {
      meta(xml, "sourceRevision", Integer.toString(file.sourceRevision()));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    for (XliffUnit unit : file.units()) {
      xml.writeStartElement("unit");
      xml.writeAttribute("id", unit.id());
      xml.writeStartElement("segment");
      xml.writeStartElement("source");
      xml.writeCharacters(clean(unit.source()));
      xml.writeEndElement();
      if (unit.target() != null) {
        xml.writeStartElement("target");
        xml.writeCharacters(clean(unit.target()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void meta(XMLStreamWriter xml, String type, String value)
      throws XMLStreamException {
    xml.writeStartElement(XliffDocument.METADATA, "meta");
    xml.writeAttribute("type", type);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
  }

  /** The text without characters XML 1.0 does not allow. */
  static String clean(String text) {
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

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
