-- A version sent back stays as the approver saw it: reworking it starts a new version that names the one it
-- reworks, and the returned one is marked reworked (no longer open). So the history keeps what was sent back,
-- by whom and why, also after the rework is approved.
alter table offer_version add column reworked boolean not null default false;
alter table offer_version add column reworks int;

drop index offer_version_open_ux;
create unique index offer_version_open_ux on offer_version (offer_id)
    where state in ('DRAFT', 'SUBMITTED') or (state = 'RETURNED' and not reworked);
