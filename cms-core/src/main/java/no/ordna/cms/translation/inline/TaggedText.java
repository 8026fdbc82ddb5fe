package no.ordna.cms.translation.inline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of one translatable segment: text and inline codes in order, with the markup of each
 * code by id. Plain-text fields have no codes.
 */
public record TaggedText(List<Fragment> fragments, Map<String, Code> codes) {

  public TaggedText {
    fragments = List.copyOf(fragments);
    codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
  }

  public static TaggedText plain(String text) {
    return new TaggedText(List.of(new Fragment.Text(text)), Map.of());
  }

  /** The same codes around other content (a translation of this text). */
  public TaggedText with(List<Fragment> content) {
    return new TaggedText(content, codes);
  }

  /** The text without codes. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    walk(fragments, f -> out.append(f.text()));
    return out.toString();
  }

  /** Whether there is any text besides whitespace. */
  public boolean hasText() {
    return !plainText().isBlank();
  }

  /** The text as HTML: the codes' markup around the escaped text. */
  public String html() {
    StringBuilder out = new StringBuilder();
    render(fragments, out);
    return out.toString();
  }

  /** The ids of the codes in the order they appear (a paired code counts where it starts). */
  public static List<String> codeOrder(List<Fragment> fragments) {
    List<String> ids = new ArrayList<>();
    order(fragments, ids);
    return ids;
  }

  private static void order(List<Fragment> fragments, List<String> ids) {
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Paired paired) {
        ids.add(paired.codeId());
        order(paired.content(), ids);
      } else if (fragment instanceof Fragment.Standalone standalone) {
        ids.add(standalone.codeId());
      }
    }
  }

  private void render(List<Fragment> content, StringBuilder out) {
    for (Fragment fragment : content) {
      if (fragment instanceof Fragment.Text text) {
        escape(text.text(), out);
      } else if (fragment instanceof Fragment.Standalone standalone) {
        out.append(code(standalone.codeId()).start());
      } else if (fragment instanceof Fragment.Paired paired) {
        Code code = code(paired.codeId());
        out.append(code.start());
        render(paired.content(), out);
        out.append(code.end());
      }
    }
  }

  private Code code(String id) {
    Code code = codes.get(id);
    if (code == null) {
      throw new IllegalStateException("no inline code " + id);
    }
    return code;
  }

  private static void walk(List<Fragment> content, java.util.function.Consumer<Fragment.Text> f) {
    for (Fragment fragment : content) {
      if (fragment instanceof Fragment.Text text) {
        f.accept(text);
      } else if (fragment instanceof Fragment.Paired paired) {
        walk(paired.content(), f);
      }
    }
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }
}
