create table tenant (
    id          varchar(64)  not null,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    primary key (id)
);

-- API keys are stored only as SHA-256 hashes; the prefix lets people recognise a key without revealing it.
create table api_key (
    tenant_id   varchar(64)  not null,
    id          uuid         not null,
    key_hash    varchar(64)  not null,
    key_prefix  varchar(16)  not null,
    label       varchar(200) not null,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    primary key (tenant_id, id)
);
create unique index api_key_by_hash on api_key (key_hash);
