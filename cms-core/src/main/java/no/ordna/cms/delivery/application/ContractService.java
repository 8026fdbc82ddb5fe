package no.ordna.cms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.contract.DeliverySchema;
import no.ordna.cms.delivery.contract.TypeScriptDeclarations;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.platform.address.PublicAddress;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery contract for front ends, made live from the types as they are defined: a JSON Schema
 * per content type and TypeScript declarations of all. Kept in the representation cache and dropped
 * by every type change (and every change of the locales), so they are always current and cost a
 * lookup to serve.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContractService {

  /** Tag of answers made from every type's definition. */
  static final String ALL_DEFINITIONS = "typedef:*";

  @Inject ContentTypeService types;
  @Inject LocaleService locales;
  @Inject RepresentationCache cache;
  @Inject PublicAddress address;

  @Inject
  @ConfigProperty(name = "cms.site.name", defaultValue = "Ordna CMS")
  String siteName;

  public Representation schema(String typeKey) {
    String key = "contract schema " + typeKey;
    Representation cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    long generation = cache.generation();
    ContentType type =
        types.list(TypeKind.CONTENT).stream()
            .filter(t -> t.key().equals(typeKey))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "unknown-content-type", "No content type '" + typeKey + "'"));
    String id = address.apiBaseUrl() + "/content-types/" + typeKey + "/schema";
    byte[] body =
        JsonDocuments.write(
                new DeliverySchema(type.definition(), blockTypes(), locales.settings().locales())
                    .document(id))
            .getBytes(StandardCharsets.UTF_8);
    Set<String> tags = new HashSet<>(Set.of(DefinitionTags.of(typeKey), ALL_DEFINITIONS));
    blockTypes().keySet().forEach(block -> tags.add(DefinitionTags.of(block)));
    Representation built = represent(body, newest(List.of(type)), tags);
    cache.put(key, built, generation);
    return built;
  }

  public Representation typeScript() {
    String key = "contract typescript";
    Representation cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    long generation = cache.generation();
    List<ContentType> content = types.list(TypeKind.CONTENT);
    List<TypeDefinition> definitions =
        content.stream()
            .map(ContentType::definition)
            .sorted((a, b) -> a.key().compareTo(b.key()))
            .toList();
    byte[] body =
        new TypeScriptDeclarations(definitions, blockTypes(), locales.settings().locales())
            .source(siteName)
            .getBytes(StandardCharsets.UTF_8);
    Set<String> tags = new HashSet<>(Set.of(ALL_DEFINITIONS));
    content.forEach(t -> tags.add(DefinitionTags.of(t.key())));
    blockTypes().keySet().forEach(block -> tags.add(DefinitionTags.of(block)));
    Representation built = represent(body, newest(content), tags);
    cache.put(key, built, generation);
    return built;
  }

  private Map<String, TypeDefinition> blockTypes() {
    Map<String, TypeDefinition> blocks = new LinkedHashMap<>();
    types.list(TypeKind.BLOCK).forEach(t -> blocks.put(t.key(), t.definition()));
    return blocks;
  }

  private Instant newest(List<ContentType> content) {
    Instant newest = Instant.EPOCH;
    for (ContentType type : content) {
      newest = type.updatedAt().isAfter(newest) ? type.updatedAt() : newest;
    }
    for (ContentType block : types.list(TypeKind.BLOCK)) {
      newest = block.updatedAt().isAfter(newest) ? block.updatedAt() : newest;
    }
    return newest;
  }

  private Representation represent(byte[] body, Instant lastModified, Set<String> tags) {
    return new Representation(
        body, "\"" + sha256(body).substring(0, 24) + "\"", lastModified, "", Set.copyOf(tags));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
