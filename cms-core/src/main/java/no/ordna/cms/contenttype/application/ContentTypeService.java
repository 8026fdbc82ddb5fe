package no.ordna.cms.contenttype.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.ContentTypeVersion;
import no.ordna.cms.contenttype.domain.DefinitionChange;
import no.ordna.cms.contenttype.domain.DefinitionDiff;
import no.ordna.cms.contenttype.domain.TypeChanged;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.contenttype.persistence.ContentTypeRepository;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.NotFoundException;

/**
 * Use cases on content types and block types: list, read, create, change (with an explicit check of
 * what the change does to stored content, and a migration only when asked), delete, history.
 */
@ApplicationScoped
@Transactional
public class ContentTypeService {

  @Inject no.ordna.cms.audit.application.AuditTrail audit;
  @Inject ContentTypeRepository types;
  @Inject TypeDefinitionChecks checks;
  @Inject StoredFieldSets stored;
  @Inject Clock clock;
  @Inject Event<TypeChanged> typeChanged;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContentType> list(TypeKind kind) {
    return types.list(kind);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ContentType get(TypeKind kind, TypeKey key) {
    return find(kind, key.value());
  }

  private ContentType find(TypeKind kind, String key) {
    return types.find(kind, key).orElseThrow(() -> unknown(kind, key));
  }

  /** The 404 of a type key no type has (or text that cannot be a key). */
  public static NotFoundException unknown(TypeKind kind, String key) {
    return new NotFoundException(
        kind == TypeKind.CONTENT ? "unknown-content-type" : "unknown-block-type",
        "No " + kind.wireName() + " type with key '" + key + "'");
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<TypeDefinition> definition(TypeKind kind, TypeKey key) {
    return types.find(kind, key.value()).map(ContentType::definition);
  }

  /** The types of a kind, for clients. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TypeDetails> describeAll(TypeKind kind) {
    return list(kind).stream().map(TypeDetails::of).toList();
  }

  /** One type, for clients. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TypeDetails describe(TypeKind kind, TypeKey key) {
    return TypeDetails.of(find(kind, key.value()));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TypeVersionDetails> history(TypeKind kind, TypeKey key) {
    return types.versions(find(kind, key.value())).stream().map(TypeVersionDetails::of).toList();
  }

  public TypeDetails create(TypeKind kind, JsonObject json, Caller caller) {
    requireAdmin(caller);
    TypeDefinition definition = checks.parse(kind, json, Map.of());
    if (types.find(kind, definition.key()).isPresent()) {
      throw new ConflictException(
          "type-exists",
          "A " + kind.wireName() + " type with key '" + definition.key() + "' exists already");
    }
    ContentType created = store(definition, false, caller);
    audit.recordOn(caller, "type.create", kind.wireName() + "-type", definition.key(), null);
    // a new type is a change of the set of types: lists of types and the delivery contract
    typeChanged.fire(new TypeChanged(definition.key()));
    return TypeDetails.of(created);
  }

  /** Creates types that ship with the product; references among them are allowed. */
  public void installBuiltIns(List<TypeDefinition> definitions) {
    for (TypeDefinition definition : definitions) {
      if (types.find(definition.kind(), definition.key()).isEmpty()) {
        store(definition, true, Caller.system());
      }
    }
  }

  private ContentType store(TypeDefinition definition, boolean builtIn, Caller caller) {
    ContentType type = new ContentType(definition, builtIn, caller.username(), clock.instant());
    types.store(type);
    JsonArrayBuilder changes =
        Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("change", "created"));
    types.store(
        new ContentTypeVersion(
            type.id(),
            1,
            JsonDocuments.write(definition.toJson()),
            JsonDocuments.write(changes.build()),
            clock.instant(),
            caller.username()));
    types.flush();
    return type;
  }

  public TypeUpdate update(
      TypeKind kind,
      TypeKey typeKey,
      JsonObject json,
      ExpectedVersion expected,
      boolean migrate,
      Caller caller) {
    String key = typeKey.value();
    requireAdmin(caller);
    ContentType type = find(kind, key);
    expected.require("type", type.etag());
    TypeDefinition definition = checks.parse(kind, json, Map.of());
    if (!definition.key().equals(key)) {
      throw InvalidInputException.of("key", "a type's key cannot change (it is '" + key + "')");
    }
    List<DefinitionChange> changes = DefinitionDiff.between(type.definition(), definition);
    if (changes.isEmpty()) {
      return new TypeUpdate(TypeDetails.of(type), changes, List.of());
    }
    List<String> migrations =
        new StoredContentMigration(stored, checks).apply(type.definition(), definition, migrate);
    int version = type.redefine(definition, caller.username(), clock.instant());
    JsonArrayBuilder changeList = Jsons.createArrayBuilder();
    changes.forEach(c -> changeList.add(c.toJson()));
    migrations.forEach(
        m ->
            changeList.add(
                Jsons.createObjectBuilder().add("change", "migration").add("detail", m)));
    types.store(
        new ContentTypeVersion(
            type.id(),
            version,
            JsonDocuments.write(definition.toJson()),
            JsonDocuments.write(changeList.build()),
            clock.instant(),
            caller.username()));
    types.flush();
    audit.recordOn(
        caller,
        "type.update",
        kind.wireName() + "-type",
        key,
        Jsons.createObjectBuilder().add("version", version).add("changes", changeList).build());
    if (kind == TypeKind.CONTENT) {
      typeChanged.fire(new TypeChanged(key));
    } else {
      checks.contentTypesUsingBlock(key).forEach(t -> typeChanged.fire(new TypeChanged(t.key())));
    }
    return new TypeUpdate(TypeDetails.of(type), changes, migrations);
  }

  public void delete(TypeKind kind, TypeKey typeKey, ExpectedVersion expected, Caller caller) {
    String key = typeKey.value();
    requireAdmin(caller);
    ContentType type = find(kind, key);
    expected.require("type", type.etag());
    Set<String> users = checks.typesReferring(kind, key);
    if (!users.isEmpty()) {
      throw new ConflictException(
          "type-in-use",
          "Type '" + key + "' is named by other types: " + users,
          Map.of("referencedBy", List.copyOf(users)));
    }
    if (kind == TypeKind.CONTENT) {
      long count = stored.itemCount(key);
      if (count > 0) {
        throw new ConflictException(
            "type-in-use",
            "Type '" + key + "' has " + count + " items; delete them first",
            Map.of("itemCount", count));
      }
    }
    types.delete(type);
    audit.recordOn(caller, "type.delete", kind.wireName() + "-type", key, null);
    if (kind == TypeKind.CONTENT) {
      typeChanged.fire(new TypeChanged(key));
    }
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new ForbiddenException("Only administrators may change content types");
    }
  }
}
