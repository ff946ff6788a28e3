-- Several stateless instances on one PostgreSQL (ADR 0016).

-- Scheduled jobs run on one instance at a time: the holder of a job's lease. A lease is taken or
-- renewed by one conditional statement using the database clock; a holder that stops renewing
-- loses it once expires_at has passed. Rows are kept after release (expires_at set to then), so
-- administrators see who ran each job last.
create table job_leases (
    job         text        primary key check (job ~ '^[a-z]+(\.[a-z_]+)+$'),
    holder      text        not null check (length(holder) between 1 and 200),
    acquired_at timestamptz not null,
    renewed_at  timestamptz not null,
    expires_at  timestamptz not null
);

-- Web sessions ended by logout, refused on every instance until they would have expired anyway.
-- Only SHA-256 of the random session id is stored.
create table revoked_sessions (
    id_hash text        primary key check (length(id_hash) = 64),
    until   timestamptz not null
);
create index revoked_sessions_until on revoked_sessions (until);

-- Failed password logins per account or client address, counted across instances.
create table login_failures (
    scope text        not null check (scope in ('account', 'address')),
    key   text        not null,
    at    timestamptz not null
);
create index login_failures_key on login_failures (scope, key, at);
create index login_failures_at on login_failures (at);

create table login_locks (
    scope        text        not null check (scope in ('account', 'address')),
    key          text        not null,
    locked_until timestamptz,
    primary key (scope, key)
);
