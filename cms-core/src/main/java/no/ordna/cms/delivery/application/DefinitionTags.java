package no.ordna.cms.delivery.application;

/** Cache tags for "built with this type's definition", cleared when the type changes. */
public final class DefinitionTags {

  private DefinitionTags() {}

  public static String of(String typeKey) {
    return "typedef:" + typeKey;
  }
}
