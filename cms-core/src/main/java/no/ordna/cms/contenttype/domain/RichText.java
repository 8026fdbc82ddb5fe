package no.ordna.cms.contenttype.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Rich text is HTML reduced to an allow-list on save, so no script, event handler, style or {@code
 * javascript:} URL ever reaches a front end. Links keep http, https and mailto targets; {@code
 * lang} survives on every element (a Sámi phrase inside Bokmål text).
 */
public final class RichText {

  private static final Safelist SAFELIST =
      new Safelist()
          .addTags(
              "p",
              "br",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "sub",
              "sup",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "a",
              "hr",
              "span",
              "table",
              "caption",
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "th",
              "td",
              "figure",
              "figcaption")
          .addAttributes(":all", "lang")
          .addAttributes("a", "href", "title", "hreflang")
          .addAttributes("ol", "start")
          .addAttributes("th", "colspan", "rowspan", "scope")
          .addAttributes("td", "colspan", "rowspan")
          .addProtocols("a", "href", "http", "https", "mailto")
          .preserveRelativeLinks(true);

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings()
          .prettyPrint(false)
          .escapeMode(Entities.EscapeMode.base)
          .charset("UTF-8");

  private static final String BASE_URI = "https://relative.invalid/";

  private RichText() {}

  /** The sanitised form; applying it twice gives the same text. */
  public static String sanitize(String html) {
    // The base URI only lets site-relative links (/aktuelt/…) pass the protocol check.
    return Jsoup.clean(html, BASE_URI, SAFELIST, OUTPUT);
  }

  /** The text without markup, for titles, search and teasers. */
  public static String plainText(String html) {
    return Jsoup.parse(html).text();
  }
}
