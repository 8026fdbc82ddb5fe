-- Assets: uploaded files (PDF documents and images), content-addressed by the SHA-256 of their
-- bytes (identical bytes are stored once, several assets may share them), with shared facts
-- (original file name, size, type, pixel size, PDF page count and title, focal point) and
-- per-locale texts (title, alt text, caption, credit, licence) as one JSON document.
-- snapshot_asset records which snapshots use which assets: public visibility, the users listed
-- when an asset is deleted, and which cached answers an asset change clears.

CREATE TABLE asset (
  id           CHAR(36)      NOT NULL,
  content_hash CHAR(64)      NOT NULL,
  media_type   VARCHAR(100)  NOT NULL,
  file_name    VARCHAR(255)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  width        INT,
  height       INT,
  page_count   INT,
  pdf_title    VARCHAR(500),
  focal_x      DOUBLE,
  focal_y      DOUBLE,
  texts        LONGTEXT      NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  created_by   VARCHAR(100)  NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  updated_by   VARCHAR(100)  NOT NULL,
  version      INT           NOT NULL,
  PRIMARY KEY (id)
) ${tableOptions};

CREATE INDEX ix_asset_hash ON asset (content_hash);
CREATE INDEX ix_asset_created ON asset (created_at, id);

CREATE TABLE snapshot_asset (
  id          CHAR(36)  NOT NULL,
  snapshot_id CHAR(36)  NOT NULL,
  asset_id    CHAR(36)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_snapshot_asset_snapshot FOREIGN KEY (snapshot_id) REFERENCES snapshot (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE INDEX ix_snapshot_asset_asset ON snapshot_asset (asset_id);
CREATE INDEX ix_snapshot_asset_snapshot ON snapshot_asset (snapshot_id);
