-- A vaststelling below what was paid as voorschot claims the difference back (Awb 4:57);
-- the claim lowers what the case was paid.
alter table fonds_boeking drop constraint fonds_boeking_soort;
alter table fonds_boeking add constraint fonds_boeking_soort check (soort in ('budget-verhoging', 'budget-verlaging',
    'reservering', 'toekenning', 'reservering-vrijval', 'toekenning-vrijval', 'betaling', 'terugvordering'));
