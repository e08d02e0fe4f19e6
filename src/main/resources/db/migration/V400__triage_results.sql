-- Triage of each customer text on a case: the intake message (source 'intake') and later messages
-- ('message:<id>'). The source makes a redelivered event a no-op.
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
