package no.ordna.cms.translation.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts sanitised rich text into segments the way CAT tools expect: each paragraph, heading, list
 * item, table cell, caption and quotation is its own segment (a list nested in a list item gives
 * segments of its own), and the inline elements inside a segment become codes — paired for
 * formatting, links and spans, standalone for line breaks. Whitespace around a segment's text stays
 * in the skeleton, so tools never see or lose it.
 */
public final class RichTextSegmenter {

  /** Elements that sit inside a sentence. Everything else the sanitiser allows is structure. */
  private static final Set<String> INLINE =
      Set.of("strong", "b", "em", "i", "u", "s", "sub", "sup", "code", "a", "span", "br");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings()
          .prettyPrint(false)
          .escapeMode(Entities.EscapeMode.base)
          .charset("UTF-8");

  private final List<SegmentedRichText.Piece> pieces = new ArrayList<>();
  private final List<RichSegment> segments = new ArrayList<>();

  private RichTextSegmenter() {}

  public static SegmentedRichText segment(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings(OUTPUT);
    RichTextSegmenter segmenter = new RichTextSegmenter();
    segmenter.children(document.body(), "text");
    return new SegmentedRichText(segmenter.pieces, segmenter.segments);
  }

  private void children(Element parent, String context) {
    List<Node> run = new ArrayList<>();
    for (Node child : parent.childNodes()) {
      if (isInline(child)) {
        run.add(child);
        continue;
      }
      flush(run, context);
      run.clear();
      if (child instanceof Element element) {
        block(element, context);
      } else {
        literal(child.outerHtml());
      }
    }
    flush(run, context);
  }

  private void block(Element element, String outer) {
    literal(startTag(element));
    children(element, Contexts.of(element, outer));
    if (!element.tag().isEmpty()) {
      literal("</" + element.normalName() + ">");
    }
  }

  /** One run of inline content: a segment when it holds text, otherwise skeleton. */
  private void flush(List<Node> run, String context) {
    if (run.stream().allMatch(n -> n instanceof TextNode t ? t.isBlank() : !hasText(n))) {
      run.forEach(n -> literal(n.outerHtml()));
      return;
    }
    Map<String, Code> codes = new LinkedHashMap<>();
    List<Fragment> fragments = fragments(run, codes);
    String lead = "";
    String trail = "";
    if (fragments.get(0) instanceof Fragment.Text first) {
      String text = first.text();
      int start = 0;
      while (start < text.length() && isSpace(text.charAt(start))) {
        start++;
      }
      lead = text.substring(0, start);
      fragments.set(0, new Fragment.Text(text.substring(start)));
    }
    int last = fragments.size() - 1;
    if (fragments.get(last) instanceof Fragment.Text end) {
      String text = end.text();
      int stop = text.length();
      while (stop > 0 && isSpace(text.charAt(stop - 1))) {
        stop--;
      }
      trail = text.substring(stop);
      fragments.set(last, new Fragment.Text(text.substring(0, stop)));
    }
    fragments.removeIf(f -> f instanceof Fragment.Text t && t.text().isEmpty());
    literal(lead);
    pieces.add(new SegmentedRichText.Slot(segments.size()));
    segments.add(new RichSegment(context, new TaggedText(fragments, codes)));
    literal(trail);
  }

  private static List<Fragment> fragments(List<Node> nodes, Map<String, Code> codes) {
    List<Fragment> out = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof TextNode text) {
        out.add(new Fragment.Text(text.getWholeText()));
      } else if (node instanceof Element element) {
        String id = Integer.toString(codes.size() + 1);
        if ("br".equals(element.normalName())) {
          codes.put(id, new Code(id, Code.Kind.STANDALONE, "br", startTag(element), null));
          out.add(new Fragment.Standalone(id));
        } else {
          String end = "</" + element.normalName() + ">";
          codes.put(
              id, new Code(id, Code.Kind.PAIRED, element.normalName(), startTag(element), end));
          out.add(new Fragment.Paired(id, fragments(element.childNodes(), codes)));
        }
      }
    }
    return out;
  }

  private static boolean isInline(Node node) {
    if (node instanceof TextNode) {
      return true;
    }
    if (node instanceof Element element && INLINE.contains(element.normalName())) {
      return element.children().stream().allMatch(RichTextSegmenter::isInline);
    }
    return false;
  }

  private static boolean hasText(Node node) {
    return node instanceof Element element && !element.text().isBlank();
  }

  private static String startTag(Element element) {
    return "<" + element.normalName() + element.attributes().html() + ">";
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private void literal(String html) {
    if (!html.isEmpty()) {
      pieces.add(new SegmentedRichText.Literal(html));
    }
  }
}
