package no.ordna.cms.contenttype.application;

import java.util.List;
import no.ordna.cms.contenttype.domain.DefinitionChange;

/**
 * The outcome of a type change: the type, what changed, and what was migrated in stored content.
 */
public record TypeUpdate(
    TypeDetails type, List<DefinitionChange> changes, List<String> migrations) {}
