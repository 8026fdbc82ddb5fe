-- The management item list of one type sorted by title in a locale's alphabet: an index in that
-- order (type, locale, collation key, item), so a page reads its rows from the index and stops after
-- the limit instead of sorting every item of the type (measured with 10,000 articles on MariaDB:
-- 144 ms per page before; see the list's query in ContentRepository.list).
CREATE INDEX ix_content_variant_type_title ON content_variant (type_key, locale, title_key, item_id);
