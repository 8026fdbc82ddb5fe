package no.ordna.cms.translation.xliff;

import static no.ordna.cms.translation.xliff.XmlText.clean;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.ordna.cms.translation.inline.Code;
import no.ordna.cms.translation.inline.CodeTypes;
import no.ordna.cms.translation.inline.Fragment;
import no.ordna.cms.translation.inline.TaggedText;

/**
 * Writes XLIFF 1.2: one {@code <file>} per item (its id, type and source revision as {@code ordna:}
 * attributes), one {@code <trans-unit>} per text with {@code <g>} (paired) and {@code <x/>}
 * (standalone) codes that may not be cloned. Every unit has a target, as OmegaT and other tools of
 * the Okapi family expect: the current translation, or a copy of the source in state {@code
 * needs-translation}. Length limits are {@code maxwidth} in characters; notes give the context.
 */
public final class Xliff12Writer {

  private static final String NS = XliffVersion.V1_2.namespace();

  private Xliff12Writer() {}

  public static byte[] write(XliffDocument document) {
    return XmlText.write(
        xml -> {
          xml.setDefaultNamespace(NS);
          xml.writeStartElement(NS, "xliff");
          xml.writeDefaultNamespace(NS);
          xml.writeNamespace("ordna", XliffDocument.ORDNA);
          xml.writeAttribute("version", "1.2");
          for (XliffFile file : document.files()) {
            XmlText.indent(xml, 1);
            file(xml, document, file);
          }
          XmlText.indent(xml, 0);
          xml.writeEndElement();
        });
  }

  private static void file(XMLStreamWriter xml, XliffDocument document, XliffFile file)
      throws XMLStreamException {
    xml.writeStartElement(NS, "file");
    xml.writeAttribute("original", "item/" + file.itemId());
    xml.writeAttribute("source-language", document.sourceLocale());
    xml.writeAttribute("target-language", document.targetLocale());
    xml.writeAttribute("datatype", "html");
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
    xml.writeAttribute(XliffDocument.ORDNA, "item", file.itemId());
    xml.writeAttribute(XliffDocument.ORDNA, "contentType", clean(file.typeKey()));
    if (file.sourceRevision() != null) {
      xml.writeAttribute(XliffDocument.ORDNA, "sourceRevision", file.sourceRevision().toString());
    }
    XmlText.indent(xml, 2);
    xml.writeStartElement(NS, "body");
    for (XliffUnit unit : file.units()) {
      XmlText.indent(xml, 3);
      unit(xml, unit);
    }
    XmlText.indent(xml, 2);
    xml.writeEndElement();
    XmlText.indent(xml, 1);
    xml.writeEndElement();
  }

  private static void unit(XMLStreamWriter xml, XliffUnit unit) throws XMLStreamException {
    xml.writeStartElement(NS, "trans-unit");
    xml.writeAttribute("id", unit.id());
    xml.writeAttribute("resname", unit.id());
    if (!unit.translate()) {
      xml.writeAttribute("translate", "no");
    }
    if (unit.maxLength() != null) {
      xml.writeAttribute("maxwidth", unit.maxLength().toString());
      xml.writeAttribute("size-unit", "char");
    }
    TaggedText source = unit.source();
    xml.writeStartElement(NS, "source");
    content(xml, source.fragments(), source);
    xml.writeEndElement();
    xml.writeStartElement(NS, "target");
    xml.writeAttribute("state", unit.target() == null ? "needs-translation" : state(unit.state()));
    content(xml, unit.target() == null ? source.fragments() : unit.target(), source);
    xml.writeEndElement();
    for (XliffNote note : unit.notes()) {
      xml.writeStartElement(NS, "note");
      xml.writeAttribute("from", "ordna-cms");
      xml.writeCharacters(clean(note.category() + ": " + note.text()));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static String state(XliffUnit.State state) {
    return switch (state) {
      case NEW -> "needs-translation";
      case TRANSLATED -> "translated";
      case NEEDS_REVIEW -> "needs-review-translation";
    };
  }

  private static void content(XMLStreamWriter xml, List<Fragment> fragments, TaggedText source)
      throws XMLStreamException {
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Text text) {
        xml.writeCharacters(clean(text.text()));
      } else if (fragment instanceof Fragment.Standalone standalone) {
        Code code = source.codes().get(standalone.codeId());
        xml.writeEmptyElement(NS, "x");
        codeAttributes(xml, code);
      } else if (fragment instanceof Fragment.Paired paired) {
        Code code = source.codes().get(paired.codeId());
        xml.writeStartElement(NS, "g");
        codeAttributes(xml, code);
        content(xml, paired.content(), source);
        xml.writeEndElement();
      }
    }
  }

  private static void codeAttributes(XMLStreamWriter xml, Code code) throws XMLStreamException {
    xml.writeAttribute("id", code.id());
    xml.writeAttribute("ctype", CodeTypes.xliff12Type(code));
    xml.writeAttribute("clone", "no");
  }
}
