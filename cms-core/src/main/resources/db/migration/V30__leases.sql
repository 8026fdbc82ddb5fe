-- Leases: work that one instance of a cluster does at a time (the first-start work: the first
-- administrator, the built-in types, the demo data). An instance takes a lease by inserting its row
-- (the primary key lets one in), renews it while it works, and deletes it when done; a lease whose
-- holder died without deleting it may be taken over once it has expired. The schema migrations run
-- under a lease too, so SchemaMigrator creates this table before they run; here it is recorded.
CREATE TABLE IF NOT EXISTS cms_lease (
  name       VARCHAR(64)  NOT NULL,
  holder     VARCHAR(100) NOT NULL,
  expires_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (name)
) ${tableOptions};
