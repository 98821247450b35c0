-- Every case with a zaaknummer, recorded in the transaction that starts it: the primary
-- key makes a zaaknummer unique across nodes, concurrent starts and imported cases.
create table zaak (
    zaaknummer varchar(20) not null primary key,
    proces varchar(255) not null,
    proces_instantie_id varchar(64) not null
);
