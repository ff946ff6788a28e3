-- Personal API tokens (Authorization: Bearer jeli_...). Only the SHA-256 of a token is stored; the
-- token itself is shown to its owner once. Revocation sets revoked_at (mutable admin data, not part
-- of the provenance log).
create table api_tokens (
    id           uuid        primary key,
    user_id      bigint      not null references users (id),
    name         text        not null check (length(name) between 1 and 100),
    token_hash   bytea       not null unique check (octet_length(token_hash) = 32),
    created_at   timestamptz not null,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    check (expires_at is null or expires_at > created_at)
);
create index api_tokens_owner on api_tokens (user_id, created_at desc);
