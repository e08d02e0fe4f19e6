-- People who log into the agent console. Passwords are BCrypt hashes; repeated failures lock the account for a while.
create table console_user (
    tenant_id        varchar(64)  not null,
    username         varchar(64)  not null,
    password_hash    varchar(100) not null,
    role             varchar(16)  not null,
    display_name     varchar(200) not null,
    failed_attempts  int          not null,
    locked_until     timestamp with time zone,
    created_at       timestamp with time zone not null,
    primary key (tenant_id, username)
);
create unique index console_user_by_username on console_user (username);
