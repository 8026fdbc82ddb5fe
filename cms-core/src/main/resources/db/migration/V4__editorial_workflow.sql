-- Editorial workflow: schedules on variants, an append-only audit trail, soft delete (trash) and
-- advisory editing locks.

ALTER TABLE content_variant ADD COLUMN scheduled_publish_at DATETIME(6);
ALTER TABLE content_variant ADD COLUMN scheduled_unpublish_at DATETIME(6);
ALTER TABLE content_variant ADD COLUMN scheduled_by VARCHAR(100);

CREATE INDEX ix_content_variant_publish_at ON content_variant (scheduled_publish_at);
CREATE INDEX ix_content_variant_unpublish_at ON content_variant (scheduled_unpublish_at);

ALTER TABLE content_item ADD COLUMN deleted_at DATETIME(6);
ALTER TABLE content_item ADD COLUMN deleted_by VARCHAR(100);

CREATE INDEX ix_content_item_deleted ON content_item (deleted_at);

CREATE TABLE audit_event (
  id          CHAR(36)      NOT NULL,
  occurred_at DATETIME(6)   NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  origin      VARCHAR(100),
  action      VARCHAR(64)   NOT NULL,
  item_id     CHAR(36),
  type_key    VARCHAR(64),
  locale      VARCHAR(16),
  revision    INT,
  comment     VARCHAR(1000),
  detail      LONGTEXT,
  PRIMARY KEY (id)
) ${tableOptions};

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_item ON audit_event (item_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);

CREATE TABLE edit_lock (
  variant_id  CHAR(36)     NOT NULL,
  holder      VARCHAR(100) NOT NULL,
  acquired_at DATETIME(6)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (variant_id),
  CONSTRAINT fk_edit_lock_variant FOREIGN KEY (variant_id) REFERENCES content_variant (id)
    ON DELETE CASCADE
) ${tableOptions};
