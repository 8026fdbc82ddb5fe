package no.ordna.cms.localization.text;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Readable URL slugs from titles in any of the product's languages: ICU transliterates to ASCII (æ
 * → ae, ø → o, å → a, á → a, č → c, đ → d, ŋ → n, š → s, ŧ → t, ž → z), then everything that is not
 * a letter or digit becomes one hyphen.
 */
public final class Slugs {

  public static final int MAX_LENGTH = 80;
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final ThreadLocal<Transliterator> ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  private Slugs() {}

  /** The slug for a title; empty when the title has no letters or digits at all. */
  public static String fromTitle(String title) {
    if (title == null) {
      return "";
    }
    String ascii = ASCII.get().transliterate(title);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    String cut = slug.substring(0, MAX_LENGTH);
    if (slug.charAt(MAX_LENGTH) == '-') {
      return cut; // the cut falls exactly on a word boundary
    }
    int lastHyphen = cut.lastIndexOf('-');
    return lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut.replaceAll("-+$", "");
  }

  /** Whether a client-given slug has the canonical form (lower-case ASCII words and hyphens). */
  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= 200 && VALID.matcher(slug).matches();
  }

  /** The n-th alternative when a slug is taken: {@code slug-2}, {@code slug-3}, … */
  public static String withSuffix(String slug, int n) {
    String suffix = "-" + n;
    String base =
        slug.length() + suffix.length() > 200
            ? slug.substring(0, 200 - suffix.length()).replaceAll("-+$", "")
            : slug;
    return base + suffix;
  }
}
