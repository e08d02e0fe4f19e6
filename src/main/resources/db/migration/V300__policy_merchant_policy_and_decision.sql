-- A merchant's own return policy per market ('default' or an ISO country code).
create table policy_merchant_policy (
    tenant_id                varchar(64)    not null,
    market                   varchar(16)    not null,
    return_window_days       integer        not null,
    day_kind                 varchar(16)    not null,
    return_shipping_payer    varchar(16)    not null,
    restocking_fee_percent   numeric(5, 2)  not null,
    excluded_item_kinds      varchar(255)   not null, -- comma-separated wire values
    returnless_below_amount  numeric(19, 4),
    returnless_below_currency char(3),
    allowed_resolutions      varchar(255)   not null, -- comma-separated wire values
    return_method            varchar(16)    not null,
    cod_refund_method        varchar(16)    not null,
    version                  bigint         not null,
    updated_at               timestamp with time zone not null,
    primary key (tenant_id, market)
);

-- The policy decision recorded for a case at intake, with the rule version it was taken under.
create table policy_decision (
    tenant_id                varchar(64)    not null,
    case_id                  uuid           not null,
    market                   varchar(8)     not null,
    rule_version             varchar(64)    not null,
    merchant_policy_version  bigint,
    statutory_basis          varchar(32)    not null,
    statutory_right          boolean        not null,
    statutory_last_day       date,
    effective_eligible       boolean        not null,
    effective_last_day       date,
    effective_source         varchar(16)    not null,
    decision                 text           not null, -- the evaluation as the API renders it (JSON)
    decided_at               timestamp with time zone not null,
    primary key (tenant_id, case_id)
);
