create table after_sales_case (
    tenant_id             varchar(64)  not null,
    id                    uuid         not null,
    version               bigint       not null,
    order_id              varchar(64)  not null,
    type                  varchar(16)  not null,
    reason                varchar(32)  not null,
    channel               varchar(16)  not null,
    preferred_resolution  varchar(16),
    status                varchar(16)  not null,
    resume_status         varchar(16),
    resolution            varchar(16),
    eligible              boolean,
    market                varchar(2)   not null,
    customer_language     varchar(2)   not null,
    vip                   boolean      not null,
    tracking_token        varchar(64)  not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    primary key (tenant_id, id)
);
create unique index after_sales_case_by_tracking_token on after_sales_case (tracking_token);
create index after_sales_case_by_update on after_sales_case (tenant_id, updated_at, id);
create index after_sales_case_by_order on after_sales_case (tenant_id, order_id);

create table after_sales_case_line (
    tenant_id  varchar(64) not null,
    case_id    uuid        not null,
    line_id    varchar(64) not null,
    quantity   int         not null,
    primary key (tenant_id, case_id, line_id)
);

-- The timeline: every creation, transition, assignment, message and note. Append-only.
create sequence case_timeline_seq;
create table case_timeline (
    tenant_id    varchar(64)  not null,
    case_id      uuid         not null,
    id           bigint       not null,
    kind         varchar(32)  not null,
    actor_role   varchar(16)  not null,
    actor_id     varchar(64)  not null,
    from_status  varchar(16),
    to_status    varchar(16),
    action       varchar(16),
    data         varchar(4000),
    note         varchar(10000),
    at           timestamp with time zone not null,
    primary key (tenant_id, case_id, id)
);

create sequence case_message_seq;
create table case_message (
    tenant_id  varchar(64)    not null,
    case_id    uuid           not null,
    id         bigint         not null,
    author     varchar(16)    not null,
    text       varchar(10000) not null,
    at         timestamp with time zone not null,
    primary key (tenant_id, case_id, id)
);

-- Idempotency keys of case intake, kept at least 24 hours.
create table case_idempotency_key (
    tenant_id     varchar(64)  not null,
    key_value     varchar(200) not null,
    request_hash  varchar(64)  not null,
    case_id       uuid         not null,
    created_at    timestamp with time zone not null,
    primary key (tenant_id, key_value)
);
create index case_idempotency_key_by_age on case_idempotency_key (created_at);
