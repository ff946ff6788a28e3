-- Fixity audit (issue 8): the last outcome of re-reading each blob, and where the current audit
-- cycle stands so that it resumes after a restart.

create table fixity_status (
    blob_sha256     text        primary key references blobs (sha256),
    outcome         text        not null check (outcome in ('OK', 'CHANGED', 'MISSING', 'UNREADABLE')),
    detail          text,
    checked_at      timestamptz not null,
    -- When the blob was first found damaged in its current run of failures; null while OK.
    damaged_since   timestamptz
);

create index fixity_status_damaged on fixity_status (outcome) where outcome <> 'OK';

create table fixity_cursor (
    id               smallint    primary key check (id = 1),
    cycle            bigint      not null,
    -- Blobs are audited in sha256 order; the last one done in this cycle ('' before the first).
    last_sha256      text        not null,
    cycle_started_at timestamptz not null,
    -- When the last complete cycle finished; null before the first.
    last_completed_at timestamptz
);
