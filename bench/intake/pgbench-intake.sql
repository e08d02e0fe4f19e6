-- The raw database work of one case intake, as pgbench sees it: one insert each into the case, timeline (event)
-- and outbox tables, in one transaction. The outbox is case_intake_pending, the table intake hands its reactions
-- over with (ADR 0006; event_publication, Spring Modulith's outbox, until then).
\set n random(1, 1000000000)
BEGIN;
INSERT INTO after_sales_case (tenant_id, id, version, order_id, type, reason, channel, preferred_resolution, status,
  market, customer_language, vip, tracking_token, created_at, updated_at)
VALUES ('bench', gen_random_uuid(), 1, 'B-' || :n, 'return', 'size_fit', 'portal', 'refund', 'submitted', 'DE', 'de',
  false, md5(random()::text || :n), now(), now());
INSERT INTO case_timeline (tenant_id, case_id, id, kind, actor_role, actor_id, to_status, data, at)
VALUES ('bench', gen_random_uuid(), nextval('case_timeline_seq'), 'created', 'merchant_api', 'bench', 'submitted',
  '{"channel":"portal"}', now());
INSERT INTO case_intake_pending (tenant_id, case_id, message_id, submitted_at, not_before, attempts)
VALUES ('bench', gen_random_uuid(), :n, now(), now(), 0);
COMMIT;
