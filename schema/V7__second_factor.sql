-- TOTP second factors (RFC 6238) and their one-time recovery codes (mutable admin data, not part of
-- the provenance log). last_step is the last accepted time step: a code is accepted once per step.
-- The TOTP secret is stored as is in this version (it must be readable to check codes); encrypting
-- it at rest is planned. Recovery codes are stored as SHA-256 hashes only.
create table second_factors (
    user_id      bigint      primary key references users (id),
    secret       bytea       not null,
    confirmed_at timestamptz null,
    last_step    bigint      not null default -1,
    created_at   timestamptz not null
);

create table recovery_codes (
    user_id   bigint      references users (id),
    code_hash bytea       not null,
    used_at   timestamptz null,
    primary key (user_id, code_hash)
);
