/**
 * Text with inline codes, the way translation tools see it: rich text is cut into segments (one per
 * paragraph, heading, list item, table cell …) and the markup inside a segment becomes protected
 * codes — paired ones for elements such as bold and links, standalone ones for line breaks — that a
 * translator moves but cannot change. Pure logic, no exchange format: the XLIFF and TMX writers and
 * readers build on it.
 */
package no.ordna.cms.translation.inline;
