package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Violations;

/**
 * A content type or block type, the aggregate root of its definition history. The current {@link
 * TypeDefinition} is stored as JSON with a definition version that grows by one with every change;
 * each version is also kept in {@link ContentTypeVersion}.
 */
@Entity
@Table(name = "content_type")
public class ContentType {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private TypeKind kind;

  @Column(name = "type_key", nullable = false, length = 64)
  private String key;

  @Column(name = "definition_version", nullable = false)
  private int definitionVersion;

  @Column(name = "definition", nullable = false)
  private String definitionJson;

  @Column(name = "built_in", nullable = false)
  private boolean builtIn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Transient private TypeDefinition definition;

  protected ContentType() {}

  public ContentType(TypeDefinition definition, boolean builtIn, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.kind = definition.kind();
    this.key = definition.key();
    this.definitionVersion = 1;
    this.definitionJson = JsonDocuments.write(definition.toJson());
    this.definition = definition;
    this.builtIn = builtIn;
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /** Replaces the definition; the key and kind stay. Returns the new definition version. */
  public int redefine(TypeDefinition newDefinition, String by, Instant now) {
    if (!newDefinition.key().equals(key) || newDefinition.kind() != kind) {
      throw new IllegalArgumentException("a type keeps its key and kind");
    }
    this.definitionJson = JsonDocuments.write(newDefinition.toJson());
    this.definition = newDefinition;
    this.definitionVersion++;
    this.updatedAt = now;
    this.updatedBy = by;
    return definitionVersion;
  }

  public TypeDefinition definition() {
    if (definition == null) {
      Violations ignored = new Violations();
      JsonObject json = JsonDocuments.parseObject(definitionJson);
      definition = TypeDefinitionParser.parse(json, kind, ignored);
      if (!ignored.isEmpty()) {
        throw new IllegalStateException(
            "stored definition of " + key + " is invalid: " + ignored.list());
      }
    }
    return definition;
  }

  public String id() {
    return id;
  }

  public String key() {
    return key;
  }

  public TypeKind kind() {
    return kind;
  }

  public int definitionVersion() {
    return definitionVersion;
  }

  public boolean builtIn() {
    return builtIn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  /** The ETag of the definition as served: changes with every redefinition. */
  public String etag() {
    return "\"t" + definitionVersion + "\"";
  }
}
