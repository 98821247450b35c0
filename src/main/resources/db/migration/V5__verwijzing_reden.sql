-- The reason of a referral that came in without the resident's consent, kept outside the
-- case until the resident consents (Wmo 5.1.1): the wijkteam that asks for consent reads
-- the case through its task, and must not read why the resident was referred. Removed
-- when the reason goes onto the case, or when the case ends without consent.
create table verwijzing_reden (
    zaaknummer varchar(20) not null primary key,
    reden varchar(4000) not null
);
