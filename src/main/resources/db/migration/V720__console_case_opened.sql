-- Which cases a console user has opened: "my queue" lists the ones they have not opened yet first, newest first.
create table console_case_opened (
    tenant_id   varchar(64) not null,
    username    varchar(64) not null,
    case_id     uuid        not null,
    opened_at   timestamp with time zone not null,
    primary key (tenant_id, username, case_id)
);
