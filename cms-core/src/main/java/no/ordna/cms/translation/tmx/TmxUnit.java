package no.ordna.cms.translation.tmx;

import java.time.Instant;
import java.util.Map;
import no.ordna.cms.translation.inline.TaggedText;

/**
 * One translation unit of a memory: a source text and its translation, whose codes carry the
 * source's ids (so the pairs match across languages) with each side's own markup; where it comes
 * from as properties; when the translation last changed.
 */
public record TmxUnit(
    String id,
    Map<String, String> properties,
    TaggedText source,
    TaggedText target,
    Instant changed) {

  public TmxUnit {
    properties = Map.copyOf(properties);
  }
}
