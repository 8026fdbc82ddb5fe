package no.ordna.cms.translation.domain;

import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.translation.inline.TaggedText;

/**
 * One translatable text of a variant, as exchanged with translators: a text field's value, or one
 * segment of a rich-text field ({@code segment} from 1, unit id {@code <place>:<segment>}; 0 for
 * plain text, unit id {@code <place>}).
 *
 * @param blockType the block's type when the text sits in a block
 * @param context where a rich-text segment stands ({@code list item}); null for plain text
 * @param definition the field's definition (inside a block: the block type's field)
 * @param translate false for names and other text that stays as it is ({@code "translate": false},
 *     or a text field with {@code allowedValues})
 */
public record TextUnit(
    String id,
    TextPlace place,
    int segment,
    String blockType,
    String context,
    FieldDefinition definition,
    TaggedText text,
    boolean translate) {

  /** The field's {@code maxLength} for a plain-text unit; null when it has none. */
  public Integer maxLength() {
    var max = definition.intOption("maxLength");
    return segment == 0 && max.isPresent() ? max.getAsInt() : null;
  }

  public boolean richText() {
    return segment > 0;
  }
}
