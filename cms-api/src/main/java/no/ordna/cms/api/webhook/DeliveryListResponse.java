package no.ordna.cms.api.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a webhook's delivery log, newest first. */
@jakarta.json.bind.annotation.JsonbNillable
public record DeliveryListResponse(
    List<DeliveryResponse> items,
    @Schema(description = "The cursor of the next page; null at the end") String next) {}
