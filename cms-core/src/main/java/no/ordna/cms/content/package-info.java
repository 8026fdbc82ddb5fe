/**
 * Content items: {@link no.ordna.cms.content.domain.ContentItem} is the aggregate root, holding the
 * shared field values once and one {@link no.ordna.cms.content.domain.ContentVariant} per locale
 * with the localized values, slug, title and workflow state. Every save makes an immutable {@link
 * no.ordna.cms.content.domain.ContentRevision}. Values are checked against the item's content type;
 * ETags guard every change against lost updates.
 */
package no.ordna.cms.content;
