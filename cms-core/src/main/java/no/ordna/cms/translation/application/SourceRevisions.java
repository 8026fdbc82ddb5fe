package no.ordna.cms.translation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import no.ordna.cms.content.domain.ContentRevision;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.translation.domain.TranslatableTexts;

/**
 * The translatable texts of a variant's values, and a source's values at an earlier revision (the
 * one a translation or an export was made from) while that revision is kept.
 */
@ApplicationScoped
public class SourceRevisions {

  @Inject ContentRepository repository;
  @Inject TypeDefinitionChecks checks;

  /** The source's localized values at {@code revision}; empty for none or one no longer kept. */
  public Optional<JsonObject> at(ContentVariant source, Integer revision) {
    if (revision == null) {
      return Optional.empty();
    }
    if (revision == source.revision()) {
      return Optional.of(source.fields());
    }
    return repository.revision(source, revision).map(ContentRevision::fields);
  }

  public TranslatableTexts texts(TypeDefinition type, JsonObject values) {
    return TranslatableTexts.of(type, values, checks::blockType);
  }
}
