-- Spring Modulith's event publication registry (schema v2), written once for H2 and PostgreSQL: the outbox.
create table event_publication (
    id                      uuid          not null,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(20000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     int,
    last_resubmission_date  timestamp with time zone,
    primary key (id)
);
create index event_publication_by_completion_date on event_publication (completion_date);
