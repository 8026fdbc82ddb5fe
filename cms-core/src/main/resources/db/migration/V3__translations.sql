-- Translators' workflow: a translation knows whether its source changed since it was made, and
-- variants sort by their title in their locale's alphabet (ICU collation key) in management lists.

ALTER TABLE content_variant ADD COLUMN translation_outdated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE content_variant ADD COLUMN title_key VARBINARY(512);

CREATE INDEX ix_content_variant_outdated ON content_variant (locale, translation_outdated);
CREATE INDEX ix_content_variant_title ON content_variant (locale, title_key);
