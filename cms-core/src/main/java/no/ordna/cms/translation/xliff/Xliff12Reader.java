package no.ordna.cms.translation.xliff;

import static no.ordna.cms.translation.xliff.XliffReader.attribute;
import static no.ordna.cms.translation.xliff.XliffReader.children;
import static no.ordna.cms.translation.xliff.XliffReader.descendants;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ordna.cms.shared.Violations;
import org.w3c.dom.Element;

/**
 * Reads XLIFF 1.2: languages from the first {@code <file>} (every file must agree), the item from
 * {@code ordna:item} or {@code original="item/<id>"}, and per {@code <trans-unit>} its target with
 * {@code <g>}, {@code <x/>} and {@code <bx/>}/{@code <ex/>} codes; {@code <mrk>} (such as the
 * segment markers of {@code <seg-source>}-style files) is transparent.
 */
final class Xliff12Reader {

  private static final String NS = XliffVersion.V1_2.namespace();

  private static final InlineReader.Vocabulary CODES =
      new InlineReader.Vocabulary() {
        @Override
        public String pairedId(Element e) {
          return is(e, "g") ? e.getAttribute("id") : null;
        }

        @Override
        public String standaloneId(Element e) {
          return is(e, "x") ? e.getAttribute("id") : null;
        }

        @Override
        public String startId(Element e) {
          return is(e, "bx") ? reference(e) : null;
        }

        @Override
        public String endId(Element e) {
          return is(e, "ex") ? reference(e) : null;
        }

        @Override
        public boolean transparent(Element e) {
          return is(e, "mrk");
        }

        @Override
        public boolean ignored(Element e) {
          return false;
        }

        private String reference(Element e) {
          return e.hasAttribute("rid") ? e.getAttribute("rid") : e.getAttribute("id");
        }
      };

  private Xliff12Reader() {}

  static XliffDocument read(Element root, Violations violations) {
    if (!"1.2".equals(root.getAttribute("version"))) {
      violations.add(
          "xliff.version",
          "must be 1.2 in the XLIFF 1.2 namespace (XLIFF 2.0 is read in "
              + XliffVersion.V2_0.namespace()
              + ")");
    }
    List<Element> fileElements = children(root, NS, "file");
    String source =
        fileElements.isEmpty() ? "" : fileElements.get(0).getAttribute("source-language");
    String target =
        fileElements.isEmpty() ? "" : fileElements.get(0).getAttribute("target-language");
    List<XliffFile> files = new ArrayList<>();
    for (Element file : fileElements) {
      String path = "file[" + files.size() + "]";
      if (!source.equals(file.getAttribute("source-language"))
          || !target.equals(file.getAttribute("target-language"))) {
        violations.add(path, "every <file> must have the same source and target language");
      }
      files.add(file(file, path, violations));
    }
    if (files.isEmpty()) {
      violations.add("xliff", "holds no <file>");
    } else if (source.isEmpty()) {
      violations.add("file[0].source-language", "is required");
    }
    if (!files.isEmpty() && target.isEmpty()) {
      violations.add("file[0].target-language", "is required");
    }
    return new XliffDocument(XliffVersion.V1_2, source, target, files);
  }

  private static XliffFile file(Element file, String path, Violations violations) {
    String itemId = file.getAttributeNS(XliffDocument.ORDNA, "item");
    if (itemId.isEmpty() && file.getAttribute("original").startsWith("item/")) {
      itemId = file.getAttribute("original").substring(5);
    }
    if (itemId.isEmpty()) {
      violations.add(path, "names no item (ordna:item or original=\"item/<id>\")");
    }
    String type = file.getAttributeNS(XliffDocument.ORDNA, "contentType");
    Integer revision =
        XliffReader.revision(file.getAttributeNS(XliffDocument.ORDNA, "sourceRevision"));
    List<XliffUnit> units = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element unit : descendants(file, NS, "trans-unit")) {
      String id = unit.getAttribute("id");
      String unitPath = path + ".unit[" + id + "]";
      if (id.isEmpty() || !ids.add(id)) {
        violations.add(unitPath, id.isEmpty() ? "has no id" : "id is used twice");
        continue;
      }
      List<Element> sources = children(unit, NS, "source");
      List<Element> targets = children(unit, NS, "target");
      if (sources.size() != 1 || targets.size() > 1) {
        violations.add(unitPath, "must hold one <source> and at most one <target>");
        continue;
      }
      boolean translate = !"no".equals(attribute(unit, "translate"));
      if (targets.isEmpty()) {
        units.add(XliffUnit.read(id, null, XliffUnit.State.NEW, translate));
        continue;
      }
      InlineReader.Result target = InlineReader.read(targets, CODES);
      target.problems().forEach(problem -> violations.add(unitPath, problem));
      units.add(
          XliffUnit.read(
              id,
              target.problems().isEmpty() ? target.fragments() : null,
              state(attribute(targets.get(0), "state")),
              translate));
    }
    return new XliffFile(
        itemId.isEmpty() ? null : itemId, type.isEmpty() ? null : type, revision, units);
  }

  private static XliffUnit.State state(String state) {
    if (state == null) {
      return XliffUnit.State.TRANSLATED;
    }
    return switch (state) {
      case "new", "needs-translation" -> XliffUnit.State.NEW;
      case "needs-review-translation" -> XliffUnit.State.NEEDS_REVIEW;
      default -> XliffUnit.State.TRANSLATED;
    };
  }

  private static boolean is(Element element, String name) {
    return name.equals(element.getLocalName()) && NS.equals(element.getNamespaceURI());
  }
}
