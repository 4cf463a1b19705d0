-- Tasks only one person may complete (their own policy acknowledgement or training): who the task was made for,
-- written when the engine creates it, and who completed it. The own-task guard and the attestation record read
-- these, never a process variable, which a completion could have set.
create table own_task (
  task_id varchar(64) primary key,
  process_instance_id varchar(64) not null,
  owner_user_id varchar(255) not null,
  created_at timestamp not null,
  completed_by varchar(255),
  completed_at timestamp
);
create index own_task_instance on own_task (process_instance_id);
