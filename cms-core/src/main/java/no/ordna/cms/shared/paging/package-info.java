/**
 * Paging shared by every list: a {@link no.ordna.cms.shared.paging.PageRequest} (limit and cursor)
 * in, a {@link no.ordna.cms.shared.paging.Page} (entries and the next cursor) out, and the opaque,
 * checked {@link no.ordna.cms.shared.paging.Cursor} between them.
 */
package no.ordna.cms.shared.paging;
