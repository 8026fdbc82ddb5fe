package no.ordna.cms.api.content;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The revisions of a variant, oldest first. */
@Schema(description = "The revisions of a variant, oldest first")
public record RevisionList(List<RevisionSummary> items) {}
