-- Resumable (tus 1.0.0) uploads and commit-first-bytes-later commitments (issue 5, items 1 and 2).

-- An unfinished or finished tus upload. The bytes live in part files under the data directory
-- (encrypted with part_key); this row is what makes the offset survive a restart.
create table uploads (
    id              uuid        primary key,
    owner_id        bigint      not null references users (id),
    collection_id   uuid        not null references collections (id),
    length          bigint      not null check (length >= 0),
    upload_offset   bigint      not null default 0 check (upload_offset >= 0 and upload_offset <= length),
    -- The Upload-Metadata header as received (validated at creation, re-validated at completion).
    metadata        text        not null,
    part_key        bytea       not null check (octet_length(part_key) = 32),
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    completed_at    timestamptz,
    item_id         uuid        references items (id)
);
create index uploads_open_by_owner on uploads (owner_id) where completed_at is null;
create index uploads_expiry on uploads (expires_at) where completed_at is null;

-- "These bytes exist and I will send them": logged (item.committed) before the bytes arrive.
create table commitments (
    id                  uuid        primary key,
    collection_id       uuid        not null references collections (id),
    sha256              text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size                bigint      not null check (size >= 0),
    title               text        not null default '',
    description         text        not null default '',
    source_platform     text        not null,
    source_detail       text        not null default '',
    claimed_captured_at text,
    claimed_location    text,
    sensitivity         text        not null,
    language            text,
    created_by          bigint      not null references users (id),
    created_at          timestamptz not null,
    log_index           bigint      not null,
    fulfilled_item_id   uuid        references items (id),
    fulfilled_at        timestamptz,
    fulfilled_log_index bigint
);
create index commitments_open on commitments (collection_id, sha256) where fulfilled_item_id is null;
