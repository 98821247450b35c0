-- Mails that went out, one row per idempotency key: a key found here is never sent again.
create table verzonden_bericht (
    sleutel varchar(200) not null,
    ontvanger varchar(320) not null,
    onderwerp varchar(500) not null,
    verzonden_op timestamp with time zone not null,
    constraint verzonden_bericht_pk primary key (sleutel)
);
