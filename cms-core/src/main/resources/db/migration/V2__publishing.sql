-- Publishing and delivery: immutable, denormalised snapshots of variants per channel
-- ('published': what front ends see; 'preview': the latest saved draft), with index rows for
-- list filters, the references each snapshot makes, and an ordered log of publication changes
-- that every instance follows to keep its caches and search index current.

ALTER TABLE content_variant ADD COLUMN published_revision INT;
ALTER TABLE content_variant ADD COLUMN published_at DATETIME(6);
ALTER TABLE content_variant ADD COLUMN first_published_at DATETIME(6);

CREATE TABLE snapshot (
  id                 CHAR(36)      NOT NULL,
  channel            VARCHAR(16)   NOT NULL,
  variant_id         CHAR(36)      NOT NULL,
  item_id            CHAR(36)      NOT NULL,
  type_key           VARCHAR(64)   NOT NULL,
  locale             VARCHAR(16)   NOT NULL,
  slug               VARCHAR(200),
  title              VARCHAR(500),
  title_key          VARBINARY(512),
  sort_date          DATETIME(6)   NOT NULL,
  published_at       DATETIME(6)   NOT NULL,
  first_published_at DATETIME(6)   NOT NULL,
  revision           INT           NOT NULL,
  document           LONGTEXT      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_snapshot_variant UNIQUE (channel, variant_id),
  CONSTRAINT uq_snapshot_item_locale UNIQUE (channel, item_id, locale),
  CONSTRAINT fk_snapshot_variant FOREIGN KEY (variant_id) REFERENCES content_variant (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE INDEX ix_snapshot_list_date ON snapshot (channel, type_key, locale, sort_date, id);
CREATE INDEX ix_snapshot_list_title ON snapshot (channel, type_key, locale, title_key, id);
CREATE INDEX ix_snapshot_list_published ON snapshot (channel, type_key, locale, published_at, id);
CREATE INDEX ix_snapshot_slug ON snapshot (channel, type_key, slug);
CREATE INDEX ix_snapshot_item ON snapshot (item_id);

CREATE TABLE snapshot_field (
  id           CHAR(36)      NOT NULL,
  snapshot_id  CHAR(36)      NOT NULL,
  field_key    VARCHAR(64)   NOT NULL,
  value_text   VARCHAR(255),
  value_number DOUBLE,
  value_time   DATETIME(6),
  PRIMARY KEY (id),
  CONSTRAINT fk_snapshot_field_snapshot FOREIGN KEY (snapshot_id) REFERENCES snapshot (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE INDEX ix_snapshot_field_text ON snapshot_field (field_key, value_text, snapshot_id);
CREATE INDEX ix_snapshot_field_number ON snapshot_field (field_key, value_number, snapshot_id);
CREATE INDEX ix_snapshot_field_time ON snapshot_field (field_key, value_time, snapshot_id);
CREATE INDEX ix_snapshot_field_snapshot ON snapshot_field (snapshot_id);

CREATE TABLE snapshot_reference (
  id             CHAR(36)  NOT NULL,
  snapshot_id    CHAR(36)  NOT NULL,
  target_item_id CHAR(36)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_snapshot_reference_snapshot FOREIGN KEY (snapshot_id) REFERENCES snapshot (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE INDEX ix_snapshot_reference_target ON snapshot_reference (target_item_id);
CREATE INDEX ix_snapshot_reference_snapshot ON snapshot_reference (snapshot_id);

-- Sequence numbers are handed out under this row's lock, so they commit in order.
CREATE TABLE cms_counter (
  name  VARCHAR(64) NOT NULL,
  value BIGINT      NOT NULL,
  PRIMARY KEY (name)
) ${tableOptions};

INSERT INTO cms_counter (name, value) VALUES ('publication', 0);

CREATE TABLE publication_log (
  seq       BIGINT       NOT NULL,
  item_id   CHAR(36)     NOT NULL,
  type_key  VARCHAR(64)  NOT NULL,
  locale    VARCHAR(16),
  action    VARCHAR(16)  NOT NULL,
  logged_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (seq)
) ${tableOptions};
