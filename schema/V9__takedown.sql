-- Takedown by key destruction and legal holds (issue 8).

create table takedown_requests (
    id            uuid        primary key,
    item_id       uuid        not null references items (id),
    reason        text        not null,
    requester     text        not null,
    requested_by  bigint      not null references users (id),
    requested_at  timestamptz not null,
    state         text        not null check (state in ('PENDING', 'EXECUTED', 'REJECTED')),
    decided_by    bigint      references users (id),
    decided_at    timestamptz
);

create table takedown_approvals (
    request_id  uuid        not null references takedown_requests (id),
    approved_by bigint      not null references users (id),
    approved_at timestamptz not null,
    primary key (request_id, approved_by)
);

-- One row per item whose content was destroyed (every item over the same bytes is taken down).
create table takedowns (
    item_id              uuid        primary key references items (id),
    request_id           uuid        not null references takedown_requests (id),
    blob_sha256          text        not null,
    taken_down_at        timestamptz not null,
    requested_by         bigint      not null references users (id),
    approved_by          bigint      not null references users (id),
    reason               text        not null,
    -- Null until the store confirmed the bytes (or their key) destroyed; retried until then.
    content_destroyed_at timestamptz
);

create table legal_holds (
    id            uuid        primary key,
    item_id       uuid        references items (id),
    collection_id uuid        references collections (id),
    reason        text        not null,
    placed_by     bigint      not null references users (id),
    placed_at     timestamptz not null,
    lifted_by     bigint      references users (id),
    lifted_at     timestamptz,
    check ((item_id is null) <> (collection_id is null))
);
create index legal_holds_active on legal_holds (item_id, collection_id) where lifted_at is null;
