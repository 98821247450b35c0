-- One sequence for every prefix: unique across nodes and concurrent starts without locks.
create sequence zaaknummer_reeks start with 1 increment by 1;
