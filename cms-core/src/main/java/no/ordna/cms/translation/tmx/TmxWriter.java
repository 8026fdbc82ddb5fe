package no.ordna.cms.translation.tmx;

import static no.ordna.cms.translation.xliff.XmlText.clean;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.ordna.cms.translation.inline.Code;
import no.ordna.cms.translation.inline.CodeTypes;
import no.ordna.cms.translation.inline.Fragment;
import no.ordna.cms.translation.inline.TaggedText;
import no.ordna.cms.translation.xliff.XmlText;

/**
 * Writes a translation memory as TMX 1.4b, segment by segment: inline codes as {@code <bpt>}/{@code
 * <ept>} pairs and {@code <ph>}, holding the original markup, their {@code x} the same in both
 * languages.
 */
public final class TmxWriter {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private TmxWriter() {}

  public static byte[] write(String source, String target, List<TmxUnit> units, Instant now) {
    return XmlText.write(
        xml -> {
          xml.writeStartElement("tmx");
          xml.writeAttribute("version", "1.4");
          XmlText.indent(xml, 1);
          xml.writeEmptyElement("header");
          xml.writeAttribute("creationtool", "Ordna CMS");
          xml.writeAttribute("creationtoolversion", "1");
          xml.writeAttribute("segtype", "paragraph");
          xml.writeAttribute("o-tmf", "ordna-cms");
          xml.writeAttribute("adminlang", "en");
          xml.writeAttribute("srclang", source);
          xml.writeAttribute("datatype", "html");
          xml.writeAttribute("creationdate", DATE.format(now));
          XmlText.indent(xml, 1);
          xml.writeStartElement("body");
          for (TmxUnit unit : units) {
            XmlText.indent(xml, 2);
            unit(xml, unit, source, target);
          }
          XmlText.indent(xml, 1);
          xml.writeEndElement();
          XmlText.indent(xml, 0);
          xml.writeEndElement();
        });
  }

  private static void unit(XMLStreamWriter xml, TmxUnit unit, String source, String target)
      throws XMLStreamException {
    xml.writeStartElement("tu");
    xml.writeAttribute("tuid", clean(unit.id()));
    if (unit.changed() != null) {
      xml.writeAttribute("changedate", DATE.format(unit.changed()));
    }
    for (Map.Entry<String, String> property : new TreeMap<>(unit.properties()).entrySet()) {
      xml.writeStartElement("prop");
      xml.writeAttribute("type", property.getKey());
      xml.writeCharacters(clean(property.getValue()));
      xml.writeEndElement();
    }
    variant(xml, source, unit.source());
    variant(xml, target, unit.target());
    xml.writeEndElement();
  }

  private static void variant(XMLStreamWriter xml, String locale, TaggedText text)
      throws XMLStreamException {
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale);
    xml.writeStartElement("seg");
    content(xml, text.fragments(), text);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void content(XMLStreamWriter xml, List<Fragment> fragments, TaggedText text)
      throws XMLStreamException {
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Text plain) {
        xml.writeCharacters(clean(plain.text()));
      } else if (fragment instanceof Fragment.Standalone standalone) {
        Code code = text.codes().get(standalone.codeId());
        xml.writeStartElement("ph");
        xml.writeAttribute("x", code.id());
        xml.writeAttribute("type", CodeTypes.tmxType(code));
        xml.writeCharacters(clean(code.start()));
        xml.writeEndElement();
      } else if (fragment instanceof Fragment.Paired paired) {
        Code code = text.codes().get(paired.codeId());
        xml.writeStartElement("bpt");
        xml.writeAttribute("i", code.id());
        xml.writeAttribute("x", code.id());
        xml.writeAttribute("type", CodeTypes.tmxType(code));
        xml.writeCharacters(clean(code.start()));
        xml.writeEndElement();
        content(xml, paired.content(), text);
        xml.writeStartElement("ept");
        xml.writeAttribute("i", code.id());
        xml.writeCharacters(clean(code.end()));
        xml.writeEndElement();
      }
    }
  }
}
