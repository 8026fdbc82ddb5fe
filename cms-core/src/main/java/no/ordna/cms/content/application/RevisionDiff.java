package no.ordna.cms.content.application;

import java.util.List;
import no.ordna.cms.content.domain.diff.FieldChange;

/** How two revisions of a variant differ: in its localized values and in the shared values. */
public record RevisionDiff(int from, int to, List<FieldChange> fields, List<FieldChange> shared) {}
