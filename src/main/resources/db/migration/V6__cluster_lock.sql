-- Start-up seeding (groups, authorizations, filters, models, demo users) takes this row's lock, so nodes starting
-- together on one database seed one after the other and never twice.
create table cluster_lock (
  name varchar(64) primary key
);
insert into cluster_lock (name) values ('startup');
