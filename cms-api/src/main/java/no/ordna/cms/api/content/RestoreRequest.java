package no.ordna.cms.api.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Restoring a revision: why, and whether its shared values come back too. */
@Schema(description = "Restoring a revision (the body may be left out)")
public record RestoreRequest(
    @Schema(description = "Why; kept with the new revision") String comment,
    @Schema(description = "Restore the revision's shared values too", defaultValue = "false")
        boolean includeShared) {}
