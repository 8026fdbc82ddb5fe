package no.ordna.cms.contenttype.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Lists the explicit changes from one definition to the next. */
public final class DefinitionDiff {

  private DefinitionDiff() {}

  public static List<DefinitionChange> between(TypeDefinition before, TypeDefinition after) {
    List<DefinitionChange> changes = new ArrayList<>();
    for (FieldDefinition old : before.fields()) {
      Optional<FieldDefinition> now = after.field(old.key());
      if (now.isEmpty()) {
        changes.add(new DefinitionChange(DefinitionChange.Kind.FIELD_REMOVED, old.key(), null));
        continue;
      }
      FieldDefinition field = now.get();
      if (field.type() != old.type()) {
        changes.add(
            new DefinitionChange(
                DefinitionChange.Kind.FIELD_TYPE_CHANGED,
                old.key(),
                old.type().wireName() + " -> " + field.type().wireName()));
      }
      if (field.localized() != old.localized()) {
        changes.add(
            new DefinitionChange(
                DefinitionChange.Kind.FIELD_LOCALIZATION_CHANGED,
                old.key(),
                field.localized() ? "shared -> localized" : "localized -> shared"));
      }
      if (field.required() && !old.required()) {
        changes.add(
            new DefinitionChange(DefinitionChange.Kind.FIELD_MADE_REQUIRED, old.key(), null));
      }
      if (!field.options().equals(old.options())
          || !Objects.equals(field.defaultValue(), old.defaultValue())
          || !field.label().equals(old.label())
          || field.fallback() != old.fallback()
          || (old.required() && !field.required())) {
        changes.add(
            new DefinitionChange(DefinitionChange.Kind.FIELD_OPTIONS_CHANGED, old.key(), null));
      }
    }
    for (FieldDefinition field : after.fields()) {
      if (before.field(field.key()).isEmpty()) {
        changes.add(
            new DefinitionChange(
                DefinitionChange.Kind.FIELD_ADDED, field.key(), field.type().wireName()));
      }
    }
    List<String> oldOrder =
        before.fields().stream()
            .map(FieldDefinition::key)
            .filter(k -> after.field(k).isPresent())
            .toList();
    List<String> newOrder =
        after.fields().stream()
            .map(FieldDefinition::key)
            .filter(k -> before.field(k).isPresent())
            .toList();
    if (!oldOrder.equals(newOrder)) {
      changes.add(new DefinitionChange(DefinitionChange.Kind.FIELDS_REORDERED, null, null));
    }
    if (!before.name().equals(after.name())
        || !before.description().equals(after.description())
        || !Objects.equals(before.titleField(), after.titleField())
        || before.reviewRequired() != after.reviewRequired()
        || !Objects.equals(before.urlPattern(), after.urlPattern())
        || !Objects.equals(before.previewUrl(), after.previewUrl())) {
      changes.add(new DefinitionChange(DefinitionChange.Kind.TYPE_PROPERTIES_CHANGED, null, null));
    }
    return changes;
  }
}
