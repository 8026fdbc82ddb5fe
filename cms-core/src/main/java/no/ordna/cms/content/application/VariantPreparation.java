package no.ordna.cms.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.AssetCheck;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldValidator;
import no.ordna.cms.contenttype.domain.ReferenceCheck;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.text.Slugs;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;

/**
 * Turns a client's {@code fields} object into values ready to save: checks them against the type,
 * splits localized from shared values, applies defaults to new variants, checks that required
 * fields are filled, references point to items of allowed types and asset ids to stored assets, and
 * settles the slug (kept when omitted, generated from the title for a new variant, unique per type
 * and locale).
 */
@ApplicationScoped
public class VariantPreparation {

  @Inject ContentRepository content;
  @Inject TypeDefinitionChecks checks;
  @Inject KnownAssets assets;

  PreparedVariant prepare(
      TypeDefinition type, ContentItem item, String locale, JsonObject input, Caller caller) {
    Violations violations = new Violations();
    FieldValidator validator = new FieldValidator(checks::blockType, violations);
    JsonObject checked = validator.check(type, (JsonObject) JsonDocuments.nfc(input), "fields");
    Optional<ContentVariant> existing = item.variant(locale);

    JsonObjectBuilder localized = Jsons.createObjectBuilder();
    JsonObjectBuilder shared = Jsons.createObjectBuilder(item.sharedFields());
    boolean sharedTouched = false;
    for (FieldDefinition field : type.fields()) {
      boolean given = checked.containsKey(field.key());
      JsonValue value = checked.get(field.key());
      if (field.localized()) {
        if (given && value != JsonValue.NULL) {
          localized.add(field.key(), value);
        } else if (!given && existing.isEmpty() && field.defaultValue() != null) {
          localized.add(field.key(), field.defaultValue());
        }
      } else if (given) {
        sharedTouched = true;
        if (value == JsonValue.NULL) {
          shared.remove(field.key());
        } else {
          shared.add(field.key(), value);
        }
      } else if (item.variants().isEmpty() && field.defaultValue() != null) {
        shared.add(field.key(), field.defaultValue());
        sharedTouched = true;
      }
    }
    if (sharedTouched && !caller.mayEditShared(type.key())) {
      throw new ForbiddenException("Translators may change localized fields only");
    }
    JsonObject sharedValues = shared.build();
    JsonObject localizedValues = localized.build();
    List<FieldDefinition> localizedFields =
        type.fields().stream().filter(FieldDefinition::localized).toList();
    List<FieldDefinition> sharedFields =
        type.fields().stream().filter(f -> !f.localized()).toList();

    Optional<FieldDefinition> slugField = type.slugField();
    String slug = null;
    if (slugField.isPresent()) {
      String key = slugField.get().key();
      if (FieldValidator.isEmpty(localizedValues.get(key))) {
        slug = existing.map(ContentVariant::slug).orElse(null);
        if (slug == null && violations.isEmpty()) {
          slug =
              freeSlug(
                  type,
                  item,
                  locale,
                  slugSource(type, slugField.get(), localizedValues, sharedValues));
        }
        if (slug != null) {
          localizedValues = Jsons.createObjectBuilder(localizedValues).add(key, slug).build();
        }
      } else {
        slug = localizedValues.getString(key);
      }
    }
    validator.checkRequired(localizedFields, localizedValues, "fields");
    validator.checkRequired(sharedFields, sharedValues, "fields");
    checkReferences(validator.references(), violations);
    checkAssets(validator.assets(), violations);
    violations.throwIfAny("Invalid content for type '" + type.key() + "'");
    if (slug != null && content.slugTaken(type.key(), locale, slug, item.id())) {
      throw new ConflictException(
          "slug-taken",
          "Slug '" + slug + "' is used by another '" + type.key() + "' item in locale " + locale,
          Map.of("path", "fields." + slugField.get().key(), "slug", slug));
    }
    String title = title(type, localizedValues, sharedValues);
    return new PreparedVariant(localizedValues, sharedTouched ? sharedValues : null, title, slug);
  }

  private void checkReferences(List<ReferenceCheck> references, Violations violations) {
    Set<String> ids =
        references.stream()
            .map(ReferenceCheck::itemId)
            .collect(Collectors.toCollection(HashSet::new));
    Map<String, String> types = content.typesOf(ids);
    for (ReferenceCheck reference : references) {
      String type = types.get(reference.itemId());
      if (type == null) {
        violations.add(reference.path(), "no content item with id '" + reference.itemId() + "'");
      } else if (!reference.allowedTypes().isEmpty() && !reference.allowedTypes().contains(type)) {
        violations.add(
            reference.path(),
            "refers to a '" + type + "' item; allowed types: " + reference.allowedTypes());
      }
    }
  }

  private void checkAssets(List<AssetCheck> checks, Violations violations) {
    if (checks.isEmpty()) {
      return;
    }
    Set<String> known = assets.existing(checks.stream().map(AssetCheck::assetId).toList());
    for (AssetCheck check : checks) {
      if (!known.contains(check.assetId())) {
        violations.add(check.path(), "no asset with id '" + check.assetId() + "'");
      }
    }
  }

  private static String slugSource(
      TypeDefinition type, FieldDefinition slugField, JsonObject localized, JsonObject shared) {
    String from =
        slugField
            .stringOption("from")
            .orElse(type.titleDefinition().map(FieldDefinition::key).orElse(null));
    if (from == null) {
      return "";
    }
    JsonValue value = localized.containsKey(from) ? localized.get(from) : shared.get(from);
    return value instanceof JsonString text ? text.getString() : "";
  }

  private String freeSlug(TypeDefinition type, ContentItem item, String locale, String source) {
    String base = Slugs.fromTitle(source);
    if (base.isEmpty()) {
      base = type.key() + "-" + item.id().substring(0, 8);
    }
    String candidate = base;
    for (int n = 2; content.slugTaken(type.key(), locale, candidate, item.id()); n++) {
      candidate = Slugs.withSuffix(base, n);
    }
    return candidate;
  }

  private static String title(TypeDefinition type, JsonObject localized, JsonObject shared) {
    return type.titleDefinition()
        .map(
            field -> {
              JsonValue value =
                  field.localized() ? localized.get(field.key()) : shared.get(field.key());
              return value instanceof JsonString text ? text.getString() : null;
            })
        .orElse(null);
  }
}
