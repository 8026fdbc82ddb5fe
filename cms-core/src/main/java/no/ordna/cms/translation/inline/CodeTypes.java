package no.ordna.cms.translation.inline;

/**
 * What kind of markup a code stands for, in the vocabularies of the exchange formats, so tools can
 * show bold as bold and a line break as a line break: XLIFF 2.0 {@code type}/{@code subType}, XLIFF
 * 1.2 {@code ctype} and TMX {@code type}.
 */
public final class CodeTypes {

  private CodeTypes() {}

  /** XLIFF 2.0 {@code type}: {@code link} for links, {@code fmt} for everything else. */
  public static String xliff2Type(Code code) {
    return "a".equals(code.element()) ? "link" : "fmt";
  }

  /** XLIFF 2.0 {@code subType} for the kinds it names (bold, italic, underline, line break). */
  public static String xliff2SubType(Code code) {
    return switch (code.element()) {
      case "strong", "b" -> "xlf:b";
      case "em", "i" -> "xlf:i";
      case "u" -> "xlf:u";
      case "br" -> "xlf:lb";
      default -> null;
    };
  }

  /** XLIFF 1.2 {@code ctype}. */
  public static String xliff12Type(Code code) {
    return switch (code.element()) {
      case "strong", "b" -> "bold";
      case "em", "i" -> "italic";
      case "u" -> "underlined";
      case "a" -> "link";
      case "br" -> "lb";
      default -> "x-html-" + code.element();
    };
  }

  /** TMX 1.4b {@code type} of a {@code <bpt>} or {@code <ph>}. */
  public static String tmxType(Code code) {
    return switch (code.element()) {
      case "strong", "b" -> "bold";
      case "em", "i" -> "italic";
      case "u" -> "ulined";
      case "a" -> "link";
      case "br" -> "lb";
      default -> "x-html-" + code.element();
    };
  }
}
