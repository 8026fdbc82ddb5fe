package no.ordna.cms.syndication.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A UTF-8 XML document written with the JDK's own StAX writer (not whichever provider the server
 * puts first on the class path); every text and attribute value goes through {@link XmlText}.
 */
final class XmlOutput {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
  private final XMLStreamWriter xml;

  XmlOutput() {
    try {
      xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the root element in namespace {@code ns} (as the default namespace). */
  XmlOutput root(String localName, String ns) throws XMLStreamException {
    xml.writeStartElement("", localName, ns);
    xml.writeDefaultNamespace(ns);
    return this;
  }

  XmlOutput namespace(String prefix, String ns) throws XMLStreamException {
    xml.writeNamespace(prefix, ns);
    return this;
  }

  XmlOutput start(String localName, String ns) throws XMLStreamException {
    xml.writeStartElement("", localName, ns);
    return this;
  }

  /** An empty element with attributes given as name/value pairs; null values are left out. */
  XmlOutput empty(String prefix, String localName, String ns, String... attributes)
      throws XMLStreamException {
    xml.writeEmptyElement(prefix, localName, ns);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      attribute(attributes[i], attributes[i + 1]);
    }
    return this;
  }

  XmlOutput attribute(String name, String value) throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, XmlText.clean(value));
    }
    return this;
  }

  /** {@code xml:lang}. */
  XmlOutput lang(String language) throws XMLStreamException {
    if (language != null) {
      xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", XmlText.clean(language));
    }
    return this;
  }

  /** An element holding text (left out when the text is null). */
  XmlOutput text(String localName, String ns, String text) throws XMLStreamException {
    if (text != null) {
      xml.writeStartElement("", localName, ns);
      xml.writeCharacters(XmlText.clean(text));
      xml.writeEndElement();
    }
    return this;
  }

  XmlOutput end() throws XMLStreamException {
    xml.writeEndElement();
    return this;
  }

  /** A line break between elements, so the document reads well in a browser. */
  XmlOutput newline() throws XMLStreamException {
    xml.writeCharacters("\n");
    return this;
  }

  byte[] finish() throws XMLStreamException {
    xml.writeEndDocument();
    xml.flush();
    xml.close();
    return bytes.toByteArray();
  }
}
