/**
 * Content types as data: each {@link no.ordna.cms.contenttype.domain.ContentType} (the aggregate
 * root) holds a versioned {@link no.ordna.cms.contenttype.domain.TypeDefinition} — names per locale
 * and an ordered list of typed fields, each localized or shared. Block types (the modules of a
 * {@code blocks} field: paragraph, quote, image, …) are the same kind of definition with {@link
 * no.ordna.cms.contenttype.domain.TypeKind#BLOCK}. Changes are explicit: every change makes a new
 * definition version with a list of what changed, and a change that would lose stored content is
 * refused unless the caller asks for the migration.
 */
package no.ordna.cms.contenttype;
