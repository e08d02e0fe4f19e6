-- Business calendars (module calendars): one row per tenant and calendar id.
-- opening_hours: ';'-separated windows "MON,TUE 09:00-18:00"; empty means 24/7. closures: ','-separated ISO dates.
create table business_calendar (
    tenant_id     varchar(64)   not null,
    calendar_id   varchar(64)   not null,
    time_zone     varchar(64)   not null,
    country       varchar(2)    not null,
    region        varchar(16),
    opening_hours varchar(4000) not null,
    closures      varchar(8000) not null,
    version       bigint        not null,
    updated_at    timestamp with time zone not null,
    primary key (tenant_id, calendar_id)
);

-- SLA policies (module sla): a tenant's ordered policy list as one JSON document.
create table sla_policy_set (
    tenant_id  varchar(64) not null,
    document   text        not null,
    version    bigint      not null,
    updated_at timestamp with time zone not null,
    primary key (tenant_id)
);

-- The SLA policy a case fell under when it was submitted, and the facts later metrics need (its last status).
create table sla_case (
    tenant_id    varchar(64)  not null,
    case_id      uuid         not null,
    policy       varchar(100) not null,
    case_type    varchar(32)  not null,
    market       varchar(2)   not null,
    status       varchar(32)  not null,
    submitted_at timestamp with time zone not null,
    primary key (tenant_id, case_id)
);

-- One SLA metric of one case. budget_ms is the business time the target allows; elapsed_ms the business time used
-- before running_since (null while paused or finished); due_at and at_risk_at are set while the metric runs.
create table sla_metric (
    tenant_id      varchar(64) not null,
    case_id        uuid        not null,
    metric         varchar(32) not null,
    policy         varchar(100) not null,
    market         varchar(2)  not null,
    target         varchar(32) not null,
    calendar_id    varchar(64) not null,
    status         varchar(16) not null,
    started_at     timestamp with time zone not null,
    running_since  timestamp with time zone,
    elapsed_ms     bigint      not null,
    budget_ms      bigint      not null,
    due_at         timestamp with time zone,
    at_risk_at     timestamp with time zone,
    at_risk        boolean     not null,
    breached_at    timestamp with time zone,
    finished_at    timestamp with time zone,
    generation     int         not null,
    version        bigint      not null,
    primary key (tenant_id, case_id, metric)
);
create index sla_metric_started_idx on sla_metric (tenant_id, started_at);

-- db-scheduler's table (durable at-risk and breach timers), portable across H2 and PostgreSQL.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(250) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(50),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
