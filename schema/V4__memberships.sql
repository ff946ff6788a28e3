-- Access control: memberships of users in collections, each with a role and a clearance.
-- Users are deactivated, never deleted: the log refers to them.

create function sensitivity_rank(s text) returns int language sql immutable as $$
    select case s when 'public' then 0 when 'restricted' then 1 when 'confidential' then 2 when 'sealed' then 3 end
$$;

create table memberships (
    collection_id uuid        not null references collections (id),
    user_id       bigint      not null references users (id),
    role          text        not null check (role in ('archivist', 'investigator', 'viewer')),
    clearance     text        not null check (clearance in ('public', 'restricted', 'confidential', 'sealed')),
    granted_at    timestamptz not null,
    granted_by    bigint      not null references users (id),
    primary key (collection_id, user_id)
);
create index memberships_user on memberships (user_id);
