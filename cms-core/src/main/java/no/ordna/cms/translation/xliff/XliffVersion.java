package no.ordna.cms.translation.xliff;

import java.util.Arrays;
import java.util.Optional;

/** The XLIFF versions exchanged: 2.0 (the default) and 1.2, which many CAT tools still prefer. */
public enum XliffVersion {
  V2_0("2.0", "urn:oasis:names:tc:xliff:document:2.0"),
  V1_2("1.2", "urn:oasis:names:tc:xliff:document:1.2");

  private final String wireName;
  private final String namespace;

  XliffVersion(String wireName, String namespace) {
    this.wireName = wireName;
    this.namespace = namespace;
  }

  public String wireName() {
    return wireName;
  }

  public String namespace() {
    return namespace;
  }

  public static Optional<XliffVersion> fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst();
  }

  public static Optional<XliffVersion> fromNamespace(String namespace) {
    return Arrays.stream(values()).filter(v -> v.namespace.equals(namespace)).findFirst();
  }
}
