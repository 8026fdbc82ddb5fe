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
 * Reads XLIFF 2.0: languages from the root, the item from each file's metadata (or {@code
 * original="item/<id>"}), and per unit its target. A unit a tool split into several segments is
 * read as one text; a segment left without a target counts with its source.
 */
final class Xliff20Reader {

  private static final String NS = XliffVersion.V2_0.namespace();

  private static final InlineReader.Vocabulary CODES =
      new InlineReader.Vocabulary() {
        @Override
        public String pairedId(Element e) {
          return is(e, "pc") ? e.getAttribute("id") : null;
        }

        @Override
        public String standaloneId(Element e) {
          return is(e, "ph") ? e.getAttribute("id") : null;
        }

        @Override
        public String startId(Element e) {
          return is(e, "sc") ? e.getAttribute("id") : null;
        }

        @Override
        public String endId(Element e) {
          return is(e, "ec")
              ? (e.hasAttribute("startRef") ? e.getAttribute("startRef") : e.getAttribute("id"))
              : null;
        }

        @Override
        public boolean transparent(Element e) {
          return is(e, "mrk");
        }

        @Override
        public boolean ignored(Element e) {
          return is(e, "sm") || is(e, "em");
        }
      };

  private Xliff20Reader() {}

  static XliffDocument read(Element root, Violations violations) {
    if (!root.getAttribute("version").startsWith("2.")) {
      violations.add(
          "xliff.version",
          "must be 2.0 in the XLIFF 2.0 namespace (XLIFF 1.2 is read in "
              + XliffVersion.V1_2.namespace()
              + ")");
    }
    String source = root.getAttribute("srcLang");
    String target = root.getAttribute("trgLang");
    if (source.isEmpty()) {
      violations.add("xliff.srcLang", "is required");
    }
    if (target.isEmpty()) {
      violations.add("xliff.trgLang", "is required");
    }
    List<XliffFile> files = new ArrayList<>();
    for (Element file : children(root, NS, "file")) {
      files.add(file(file, "file[" + files.size() + "]", violations));
    }
    if (files.isEmpty()) {
      violations.add("xliff", "holds no <file>");
    }
    return new XliffDocument(XliffVersion.V2_0, source, target, files);
  }

  private static XliffFile file(Element file, String path, Violations violations) {
    String itemId = null;
    String type = null;
    Integer revision = null;
    for (Element meta : descendants(file, XliffDocument.METADATA, "meta")) {
      String value = meta.getTextContent().trim();
      switch (meta.getAttribute("type")) {
        case "item" -> itemId = value;
        case "contentType" -> type = value;
        case "sourceRevision" -> revision = XliffReader.revision(value);
        default -> {}
      }
    }
    if (itemId == null && file.getAttribute("original").startsWith("item/")) {
      itemId = file.getAttribute("original").substring(5);
    }
    if (itemId == null) {
      violations.add(path, "names no item (metadata 'item' or original=\"item/<id>\")");
    }
    List<XliffUnit> units = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Element unit : descendants(file, NS, "unit")) {
      String id = unit.getAttribute("id");
      String unitPath = path + ".unit[" + id + "]";
      if (id.isEmpty() || !ids.add(id)) {
        violations.add(unitPath, id.isEmpty() ? "has no id" : "id is used twice");
        continue;
      }
      unit(unit, unitPath, violations, units);
    }
    return new XliffFile(itemId, type, revision, units);
  }

  private static void unit(
      Element unit, String path, Violations violations, List<XliffUnit> units) {
    List<Element> parts = new ArrayList<>();
    boolean translated = false;
    boolean anyTarget = false;
    boolean wellFormed = !children(unit, NS, "segment").isEmpty();
    for (Element part : XliffReader.childElements(unit)) {
      boolean segment = is(part, "segment");
      if (!segment && !is(part, "ignorable")) {
        continue;
      }
      List<Element> sources = children(part, NS, "source");
      List<Element> targets = children(part, NS, "target");
      if (sources.size() != 1 || targets.size() > 1) {
        wellFormed = false;
        continue;
      }
      parts.add(targets.isEmpty() ? sources.get(0) : targets.get(0));
      anyTarget |= segment && !targets.isEmpty();
      String state = attribute(part, "state");
      translated |= segment && state != null && !"initial".equals(state);
    }
    if (!wellFormed) {
      violations.add(
          path,
          "must hold at least one <segment>, each with one <source> and at most one <target>");
      return;
    }
    boolean translate = !"no".equals(attribute(unit, "translate"));
    if (!anyTarget) {
      units.add(XliffUnit.read(unit.getAttribute("id"), null, XliffUnit.State.NEW, translate));
      return;
    }
    InlineReader.Result target = InlineReader.read(parts, CODES);
    target.problems().forEach(problem -> violations.add(path, problem));
    XliffUnit.State state = translated ? XliffUnit.State.TRANSLATED : XliffUnit.State.NEW;
    units.add(
        XliffUnit.read(
            unit.getAttribute("id"),
            target.problems().isEmpty() ? target.fragments() : null,
            state,
            translate));
  }

  private static boolean is(Element element, String name) {
    return name.equals(element.getLocalName()) && NS.equals(element.getNamespaceURI());
  }
}
