package no.ordna.cms.content.application;

import jakarta.json.JsonObject;

/**
 * Checked values ready to save: the variant's localized values, the item's shared values (null:
 * unchanged), title and slug.
 */
record PreparedVariant(JsonObject localized, JsonObject shared, String title, String slug) {}
