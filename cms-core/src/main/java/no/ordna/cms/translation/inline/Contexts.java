package no.ordna.cms.translation.inline;

import org.jsoup.nodes.Element;

/**
 * Names the place of a segment for the translator: {@code heading 2}, {@code list item, level 2}.
 */
final class Contexts {

  private Contexts() {}

  /**
   * The context of text directly inside {@code element}, whose parent's context is {@code outer}.
   */
  static String of(Element element, String outer) {
    return switch (element.normalName()) {
      case "p" -> "paragraph";
      case "h2", "h3", "h4", "h5", "h6" -> "heading " + element.normalName().charAt(1);
      case "li" -> listItem(element);
      case "td" -> "table cell";
      case "th" -> "table header cell";
      case "caption" -> "table caption";
      case "figcaption" -> "figure caption";
      case "blockquote" -> "quotation";
      case "pre" -> "preformatted text";
      default -> outer;
    };
  }

  private static String listItem(Element item) {
    int level = 0;
    for (Element e = item; e != null; e = e.parent()) {
      if ("li".equals(e.normalName())) {
        level++;
      }
    }
    Element list = item.parent();
    String kind =
        list != null && "ol".equals(list.normalName()) ? "numbered list item" : "list item";
    return level > 1 ? kind + ", level " + level : kind;
  }
}
