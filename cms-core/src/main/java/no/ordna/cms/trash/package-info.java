/**
 * Soft delete: deleting an item moves it to the trash — unpublished first, with the published items
 * that refer to it reported — from which it can be restored until the retention period ({@code
 * cms.trash.retention}) ends and it is purged for good.
 */
package no.ordna.cms.trash;
