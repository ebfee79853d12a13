-- The audit trail is append-only: rows can be inserted (by the app and by restore), never changed,
-- deleted or truncated. A superuser can still drop the trigger; the hash chain then shows the change.
CREATE FUNCTION "audit_log_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = '审计日志只能追加，不能修改或删除';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_log_reject_update_delete" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_reject_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_reject_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_reject_change"();
