-- Foundation schema: identity, content types (and block types), content items with one variant
-- per locale, and immutable revisions. Times are UTC in DATETIME(6); JSON documents in LONGTEXT.

CREATE TABLE app_user (
  id            CHAR(36)     NOT NULL,
  username      VARCHAR(100) NOT NULL,
  password_hash VARCHAR(512) NOT NULL,
  roles         VARCHAR(500) NOT NULL,
  locales       VARCHAR(500) NOT NULL,
  disabled      BOOLEAN      NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  version       INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_app_user_username UNIQUE (username)
) ${tableOptions};

CREATE TABLE api_token (
  id           CHAR(36)     NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  user_id      CHAR(36)     NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  scopes       VARCHAR(500) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  revoked_at   DATETIME(6),
  PRIMARY KEY (id),
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${tableOptions};

CREATE INDEX ix_api_token_user ON api_token (user_id);

CREATE TABLE content_type (
  id                 CHAR(36)     NOT NULL,
  kind               VARCHAR(16)  NOT NULL,
  type_key           VARCHAR(64)  NOT NULL,
  definition_version INT          NOT NULL,
  definition         LONGTEXT     NOT NULL,
  built_in           BOOLEAN      NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  version            INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_content_type_key UNIQUE (kind, type_key)
) ${tableOptions};

CREATE TABLE content_type_version (
  id                 CHAR(36)     NOT NULL,
  type_id            CHAR(36)     NOT NULL,
  definition_version INT          NOT NULL,
  definition         LONGTEXT     NOT NULL,
  changes            LONGTEXT     NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_content_type_version UNIQUE (type_id, definition_version),
  CONSTRAINT fk_content_type_version_type FOREIGN KEY (type_id) REFERENCES content_type (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE TABLE content_item (
  id              CHAR(36)     NOT NULL,
  type_key        VARCHAR(64)  NOT NULL,
  original_locale VARCHAR(16)  NOT NULL,
  shared_fields   LONGTEXT     NOT NULL,
  shared_version  INT          NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  updated_by      VARCHAR(100) NOT NULL,
  version         INT          NOT NULL,
  PRIMARY KEY (id)
) ${tableOptions};

CREATE INDEX ix_content_item_type_updated ON content_item (type_key, updated_at, id);
CREATE INDEX ix_content_item_updated ON content_item (updated_at, id);

CREATE TABLE content_variant (
  id              CHAR(36)      NOT NULL,
  item_id         CHAR(36)      NOT NULL,
  type_key        VARCHAR(64)   NOT NULL,
  locale          VARCHAR(16)   NOT NULL,
  fields          LONGTEXT      NOT NULL,
  title           VARCHAR(500),
  title_folded    VARCHAR(500),
  slug            VARCHAR(200),
  status          VARCHAR(32)   NOT NULL,
  revision        INT           NOT NULL,
  variant_version INT           NOT NULL,
  source_locale   VARCHAR(16),
  source_revision INT,
  created_at      DATETIME(6)   NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  updated_by      VARCHAR(100)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_content_variant_locale UNIQUE (item_id, locale),
  CONSTRAINT uq_content_variant_slug UNIQUE (type_key, locale, slug),
  CONSTRAINT fk_content_variant_item FOREIGN KEY (item_id) REFERENCES content_item (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE INDEX ix_content_variant_locale_status ON content_variant (locale, status);

CREATE TABLE content_revision (
  id            CHAR(36)      NOT NULL,
  variant_id    CHAR(36)      NOT NULL,
  item_id       CHAR(36)      NOT NULL,
  locale        VARCHAR(16)   NOT NULL,
  number        INT           NOT NULL,
  fields        LONGTEXT      NOT NULL,
  shared_fields LONGTEXT      NOT NULL,
  comment       VARCHAR(1000),
  created_at    DATETIME(6)   NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_content_revision UNIQUE (variant_id, number),
  CONSTRAINT fk_content_revision_variant FOREIGN KEY (variant_id) REFERENCES content_variant (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE INDEX ix_content_revision_item ON content_revision (item_id);

-- Small product-wide settings and one-time markers (e.g. that built-in types were installed).
CREATE TABLE cms_setting (
  setting_key   VARCHAR(100)  NOT NULL,
  setting_value LONGTEXT      NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (setting_key)
) ${tableOptions};
