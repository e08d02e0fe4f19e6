-- The shop's order snapshot. Customer name and e-mail are encrypted (AES-GCM, base64) and erasable.
create table customer_order (
    tenant_id            varchar(64)  not null,
    order_id             varchar(64)  not null,
    version              bigint       not null,
    customer_id          varchar(64)  not null,
    customer_email_enc   varchar(1000),
    customer_email_hash  varchar(64),
    customer_name_enc    varchar(1000),
    customer_language    varchar(2)   not null,
    customer_country     varchar(2)   not null,
    customer_tier        varchar(16)  not null,
    destination_country  varchar(2)   not null,
    currency             varchar(3)   not null,
    placed_at            timestamp with time zone not null,
    delivered_at         timestamp with time zone,
    payment_method       varchar(16)  not null,
    updated_at           timestamp with time zone not null,
    primary key (tenant_id, order_id)
);
create index customer_order_by_customer on customer_order (tenant_id, customer_id);
create index customer_order_by_email on customer_order (tenant_id, customer_email_hash);

create table customer_order_line (
    tenant_id    varchar(64)   not null,
    order_id     varchar(64)   not null,
    line_id      varchar(64)   not null,
    position     int           not null,
    sku          varchar(64)   not null,
    name         varchar(300)  not null,
    category     varchar(64)   not null,
    quantity     int           not null,
    unit_price   numeric(19,4) not null,
    item_kind    varchar(32)   not null,
    primary key (tenant_id, order_id, line_id)
);
