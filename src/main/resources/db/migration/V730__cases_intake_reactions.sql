-- Intakes whose reactions have not run yet (ADR 0006): intake writes the case and one row here; a worker takes rows in
-- batches (for update skip locked, so several instances never take the same one) and runs policy, sla, routing, triage
-- and the evidence log for them; any later change of the case runs them first. A failing row waits until not_before.
create table case_intake_pending (
    tenant_id     varchar(64)   not null,
    case_id       uuid          not null,
    message_id    bigint,
    submitted_at  timestamp with time zone not null,
    not_before    timestamp with time zone not null,
    attempts      int           not null,
    last_error    varchar(1000),
    primary key (tenant_id, case_id)
);
create index case_intake_pending_by_due on case_intake_pending (not_before);
