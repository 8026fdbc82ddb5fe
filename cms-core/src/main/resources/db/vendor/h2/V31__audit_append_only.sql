-- The audit trail is append-only, enforced by the database itself (the embedded H2 database runs
-- a trigger class of the product that refuses every UPDATE and DELETE of an audit row).
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  CALL 'no.ordna.cms.platform.migration.AppendOnlyTrigger';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  CALL 'no.ordna.cms.platform.migration.AppendOnlyTrigger';
