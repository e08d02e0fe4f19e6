-- Triage of each customer message on a case (source 'message:<id>', the first one is the intake text); the source
-- makes a redelivered event a no-op. Texts are erased with the customer's personal data
-- (by order id), like the case's messages.
create table triage_result (
    tenant_id            varchar(64)      not null,
    case_id              uuid             not null,
    source               varchar(40)      not null,
    message_id           bigint,
    message_text         varchar(10000)   not null,
    language             varchar(8)       not null,
    language_confidence  double precision not null,
    category             varchar(32)      not null,
    category_confidence  double precision not null,
    sentiment            varchar(16)      not null,
    sentiment_score      double precision not null,
    emotions             varchar(400)     not null,
    urgency              varchar(16)      not null,
    escalate             boolean          not null,
    reasons              varchar(4000)    not null,
    model_version        varchar(64)      not null,
    posted_at            timestamp with time zone not null,
    triaged_at           timestamp with time zone not null,
    primary key (tenant_id, case_id, source)
);

-- Agents' corrections of a triage, kept as labelled examples for retraining.
create table triage_feedback (
    tenant_id            varchar(64)      not null,
    id                   uuid             not null,
    case_id              uuid             not null,
    source               varchar(40)      not null,
    language             varchar(8)       not null,
    message_text         varchar(10000)   not null,
    predicted_category   varchar(32)      not null,
    corrected_category   varchar(32),
    predicted_emotions   varchar(400)     not null,
    corrected_emotions   varchar(400),
    corrected_by         varchar(128)     not null,
    model_version        varchar(64)      not null,
    corrected_at         timestamp with time zone not null,
    primary key (tenant_id, id)
);

create index triage_feedback_by_time on triage_feedback (tenant_id, corrected_at);
-- What triage knows of a case from its intake: the hints for its messages and the order (for erasure).
create table triage_case (
    tenant_id            varchar(64)      not null,
    case_id              uuid             not null,
    order_id             varchar(64)      not null,
    customer_language    varchar(8),
    market               varchar(2),
    primary key (tenant_id, case_id)
);

create index triage_case_by_order on triage_case (tenant_id, order_id);
