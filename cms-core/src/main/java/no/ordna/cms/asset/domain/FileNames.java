package no.ordna.cms.asset.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Safe file names for asset URLs and downloads: the client's name without any path, control
 * characters or characters that need escaping in a URL path, with the extension of the detected
 * type (the name never decides the type).
 */
public final class FileNames {

  private FileNames() {}

  public static String clean(String requested, FileType type) {
    String name = requested == null ? "" : requested;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    name = name.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'e').replace('Æ', 'E');
    name = name.replace('đ', 'd').replace('Đ', 'D').replace('ŋ', 'n').replace('Ŋ', 'N');
    name = name.replace('ŧ', 't').replace('Ŧ', 'T');
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    stem = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
    stem = stem.replaceAll("^[-.]+|[-.]+$", "");
    if (stem.isEmpty()) {
      stem = "file";
    }
    if (stem.length() > 120) {
      stem = stem.substring(0, 120);
    }
    return stem + "." + type.extension().toLowerCase(Locale.ROOT);
  }
}
