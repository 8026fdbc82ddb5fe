package no.ordna.cms.translation.xliff;

import static no.ordna.cms.translation.xliff.XmlText.attribute;
import static no.ordna.cms.translation.xliff.XmlText.clean;

import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.ordna.cms.translation.inline.Code;
import no.ordna.cms.translation.inline.CodeTypes;
import no.ordna.cms.translation.inline.Fragment;
import no.ordna.cms.translation.inline.TaggedText;

/**
 * Writes XLIFF 2.0: one {@code <file>} per item with its id, type and source revision as metadata;
 * per unit the notes, the original markup of its inline codes in {@code <originalData>}, and one
 * segment whose text carries {@code <pc>} (paired) and {@code <ph>} (standalone) codes that may be
 * neither deleted nor copied. Text fields with a {@code maxLength} carry it as a size restriction
 * in code points; units not to be translated say {@code translate="no"}.
 */
public final class Xliff20Writer {

  private static final String NS = XliffVersion.V2_0.namespace();

  private Xliff20Writer() {}

  public static byte[] write(XliffDocument document) {
    return XmlText.write(
        xml -> {
          xml.setDefaultNamespace(NS);
          xml.writeStartElement(NS, "xliff");
          xml.writeDefaultNamespace(NS);
          xml.writeNamespace("mda", XliffDocument.METADATA);
          xml.writeNamespace("slr", XliffDocument.SIZE);
          xml.writeAttribute("version", "2.0");
          xml.writeAttribute("srcLang", document.sourceLocale());
          xml.writeAttribute("trgLang", document.targetLocale());
          for (XliffFile file : document.files()) {
            XmlText.indent(xml, 1);
            file(xml, file);
          }
          XmlText.indent(xml, 0);
          xml.writeEndElement();
        });
  }

  private static void file(XMLStreamWriter xml, XliffFile file) throws XMLStreamException {
    xml.writeStartElement(NS, "file");
    xml.writeAttribute("id", "item-" + file.itemId());
    xml.writeAttribute("original", "item/" + file.itemId());
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
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
    if (file.units().stream().map(XliffUnit::maxLength).anyMatch(Objects::nonNull)) {
      xml.writeEmptyElement(XliffDocument.SIZE, "profiles");
      xml.writeAttribute("generalProfile", "xliff:codepoints");
    }
    for (XliffUnit unit : file.units()) {
      XmlText.indent(xml, 2);
      unit(xml, unit);
    }
    XmlText.indent(xml, 1);
    xml.writeEndElement();
  }

  private static void unit(XMLStreamWriter xml, XliffUnit unit) throws XMLStreamException {
    xml.writeStartElement(NS, "unit");
    xml.writeAttribute("id", unit.id());
    if (!unit.translate()) {
      xml.writeAttribute("translate", "no");
    }
    if (unit.maxLength() != null) {
      xml.writeAttribute(XliffDocument.SIZE, "sizeRestriction", unit.maxLength().toString());
    }
    if (!unit.notes().isEmpty()) {
      xml.writeStartElement(NS, "notes");
      for (XliffNote note : unit.notes()) {
        xml.writeStartElement(NS, "note");
        xml.writeAttribute("category", note.category());
        xml.writeCharacters(clean(note.text()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    TaggedText source = unit.source();
    if (!source.codes().isEmpty()) {
      xml.writeStartElement(NS, "originalData");
      for (Code code : source.codes().values()) {
        data(xml, "d" + code.id(), code.start());
        if (code.paired()) {
          data(xml, "d" + code.id() + "e", code.end());
        }
      }
      xml.writeEndElement();
    }
    xml.writeStartElement(NS, "segment");
    xml.writeAttribute("state", unit.target() == null ? "initial" : state(unit.state()));
    if (unit.target() != null && unit.state() == XliffUnit.State.NEEDS_REVIEW) {
      xml.writeAttribute("subState", "ordna:source-changed");
    }
    xml.writeStartElement(NS, "source");
    content(xml, source.fragments(), source);
    xml.writeEndElement();
    if (unit.target() != null) {
      xml.writeStartElement(NS, "target");
      content(xml, unit.target(), source);
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static String state(XliffUnit.State state) {
    return state == XliffUnit.State.TRANSLATED ? "translated" : "initial";
  }

  private static void content(XMLStreamWriter xml, List<Fragment> fragments, TaggedText source)
      throws XMLStreamException {
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Text text) {
        xml.writeCharacters(clean(text.text()));
      } else if (fragment instanceof Fragment.Standalone standalone) {
        Code code = source.codes().get(standalone.codeId());
        xml.writeEmptyElement(NS, "ph");
        codeAttributes(xml, code);
        xml.writeAttribute("dataRef", "d" + code.id());
      } else if (fragment instanceof Fragment.Paired paired) {
        Code code = source.codes().get(paired.codeId());
        xml.writeStartElement(NS, "pc");
        codeAttributes(xml, code);
        xml.writeAttribute("dataRefStart", "d" + code.id());
        xml.writeAttribute("dataRefEnd", "d" + code.id() + "e");
        content(xml, paired.content(), source);
        xml.writeEndElement();
      }
    }
  }

  private static void codeAttributes(XMLStreamWriter xml, Code code) throws XMLStreamException {
    xml.writeAttribute("id", code.id());
    xml.writeAttribute("type", CodeTypes.xliff2Type(code));
    attribute(xml, "subType", CodeTypes.xliff2SubType(code));
    xml.writeAttribute("canCopy", "no");
    xml.writeAttribute("canDelete", "no");
  }

  private static void data(XMLStreamWriter xml, String id, String markup)
      throws XMLStreamException {
    xml.writeStartElement(NS, "data");
    xml.writeAttribute("id", id);
    xml.writeCharacters(clean(markup));
    xml.writeEndElement();
  }

  private static void meta(XMLStreamWriter xml, String type, String value)
      throws XMLStreamException {
    xml.writeStartElement(XliffDocument.METADATA, "meta");
    xml.writeAttribute("type", type);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
  }
}
