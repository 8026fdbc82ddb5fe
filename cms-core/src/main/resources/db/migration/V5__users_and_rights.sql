-- Users' rights can be limited to content types.

ALTER TABLE app_user ADD COLUMN content_types VARCHAR(1000) DEFAULT '' NOT NULL;
