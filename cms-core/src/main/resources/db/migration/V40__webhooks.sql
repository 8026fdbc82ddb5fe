-- Webhooks and the transactional outbox. A change that front ends must hear of writes its event
-- (webhook_event) and one delivery per subscriber (webhook_delivery: a webhook, or a cache purge
-- endpoint) in the same transaction as the change itself; dispatchers on every instance claim due
-- deliveries (SELECT ... FOR UPDATE SKIP LOCKED), send them after the commit, and log every try
-- (webhook_attempt). Events are numbered under the 'webhook-outbox' counter's row lock, so their
-- numbers follow commit order and the events of one item go out in that order.

CREATE TABLE webhook (
  id            CHAR(36)      NOT NULL,
  url           VARCHAR(2000) NOT NULL,
  description   VARCHAR(500),
  events        VARCHAR(500)  NOT NULL,
  content_types VARCHAR(2000) NOT NULL,
  locales       VARCHAR(500)  NOT NULL,
  secret        VARCHAR(200)  NOT NULL,
  enabled       BOOLEAN       NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  created_by    VARCHAR(200)  NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  version       INT           NOT NULL,
  PRIMARY KEY (id)
) ${tableOptions};

CREATE TABLE webhook_event (
  id           VARCHAR(40)   NOT NULL,
  seq          BIGINT        NOT NULL,
  event_type   VARCHAR(40)   NOT NULL,
  subject      VARCHAR(100)  NOT NULL,
  occurred_at  DATETIME(6)   NOT NULL,
  purge_keys   LONGTEXT      NOT NULL,
  payload      LONGTEXT      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_webhook_event_seq UNIQUE (seq)
) ${tableOptions};

CREATE INDEX ix_webhook_event_time ON webhook_event (occurred_at);

-- state: pending (due at next_attempt_at; while a dispatcher holds it, next_attempt_at is the end
-- of its lease), delivered, or dead (tries used up; replayable). subject orders one item's events.
CREATE TABLE webhook_delivery (
  id              CHAR(36)      NOT NULL,
  event_id        VARCHAR(40)   NOT NULL,
  seq             BIGINT        NOT NULL,
  webhook_id      CHAR(36),
  purge_url       VARCHAR(2000),
  subject         VARCHAR(100)  NOT NULL,
  state           VARCHAR(16)   NOT NULL,
  attempts        INT           NOT NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  claim           VARCHAR(64),
  last_status     INT,
  last_error      VARCHAR(500),
  created_at      DATETIME(6)   NOT NULL,
  finished_at     DATETIME(6),
  PRIMARY KEY (id),
  CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES webhook_event (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_webhook_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at, seq);
CREATE INDEX ix_webhook_delivery_order ON webhook_delivery (webhook_id, subject, state, seq);
CREATE INDEX ix_webhook_delivery_log ON webhook_delivery (webhook_id, seq);
CREATE INDEX ix_webhook_delivery_event ON webhook_delivery (event_id);

CREATE TABLE webhook_attempt (
  id           CHAR(36)      NOT NULL,
  delivery_id  CHAR(36)      NOT NULL,
  attempt      INT           NOT NULL,
  started_at   DATETIME(6)   NOT NULL,
  duration_ms  INT           NOT NULL,
  status_code  INT,
  outcome      VARCHAR(16)   NOT NULL,
  error        VARCHAR(500),
  response     VARCHAR(1024),
  PRIMARY KEY (id),
  CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id)
    ON DELETE CASCADE
) ${tableOptions};

CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id, attempt);

INSERT INTO cms_counter (name, value) VALUES ('webhook-outbox', 0);
