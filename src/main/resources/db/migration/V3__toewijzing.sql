-- A toewijzing (iWmo 301) of a maatwerkvoorziening in kind: its number is unique and
-- recorded with the product category it assigns.
create sequence toewijzingnummer_reeks start with 1 increment by 1;

create table toewijzing (
    toewijzing_nummer varchar(8) not null primary key,
    zaaknummer varchar(20) not null,
    productcategorie varchar(2) not null,
    omvang bigint not null,
    eenheid varchar(2) not null,
    frequentie varchar(1) not null,
    ingangsdatum date not null
);

create index toewijzing_zaaknummer on toewijzing (zaaknummer);
