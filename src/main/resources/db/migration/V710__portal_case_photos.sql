-- Photos a customer attached to a request in the portal: JPEG, PNG or WebP (checked by their first bytes), at most
-- 5 MB each and 5 per case. The SHA-256 is what the evidence log and an inspection report refer to.
create table portal_case_photo (
    tenant_id     varchar(64)  not null,
    case_id       uuid         not null,
    id            uuid         not null,
    position      int          not null,
    content_type  varchar(16)  not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    data          bytea        not null,
    created_at    timestamp with time zone not null,
    primary key (tenant_id, case_id, id)
);
