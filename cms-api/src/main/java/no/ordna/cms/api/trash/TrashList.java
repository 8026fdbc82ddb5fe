package no.ordna.cms.api.trash;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Items in the trash, most recently deleted first. */
@Schema(description = "Items in the trash, most recently deleted first")
public record TrashList(List<TrashedItemView> items) {}
