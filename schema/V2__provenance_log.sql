-- The provenance log: an RFC 9162 Merkle tree over canonical entries, with signed checkpoints and
-- RFC 3161 timestamps. Insert-only: a trigger rejects UPDATE, DELETE and TRUNCATE on every table
-- below except log_salts (deleting a salt is how personal data committed in entries is erased).

create table log_origin (
    id     smallint primary key check (id = 1),
    origin text     not null
);

create table log_entries (
    idx        bigint      primary key check (idx >= 0),
    leaf_hash  bytea       not null check (length(leaf_hash) = 32),
    entry      bytea       not null,
    kind       text        not null,
    subject    text        not null,
    created_at timestamptz not null
);
create index log_entries_subject on log_entries (subject, idx);

-- Hash of every complete subtree: level 0 holds leaf hashes; (level, idx) covers leaves
-- [idx * 2^level, (idx + 1) * 2^level). Roots and proofs read O(log n) of these.
create table log_nodes (
    level smallint not null check (level between 0 and 63),
    idx   bigint   not null check (idx >= 0),
    hash  bytea    not null check (length(hash) = 32),
    primary key (level, idx)
);

create table log_checkpoints (
    size       bigint      primary key check (size >= 0),
    root_hash  bytea       not null check (length(root_hash) = 32),
    note       text        not null,
    key_id     text        not null,
    created_at timestamptz not null
);

create table log_timestamps (
    size       bigint      not null references log_checkpoints (size),
    authority  text        not null,
    response   bytea       not null,
    gen_time   timestamptz not null,
    created_at timestamptz not null,
    primary key (size, authority)
);

-- Salts of commitments to personal data inside entries. Deleting a row makes the data unlinkable
-- without touching the tree.
create table log_salts (
    id         text        primary key,
    salt       bytea       not null check (length(salt) = 32),
    created_at timestamptz not null
);

create function log_reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'the provenance log is append-only (% on %)', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger log_origin_append_only before update or delete on log_origin
    for each row execute function log_reject_change();
create trigger log_entries_append_only before update or delete on log_entries
    for each row execute function log_reject_change();
create trigger log_nodes_append_only before update or delete on log_nodes
    for each row execute function log_reject_change();
create trigger log_checkpoints_append_only before update or delete on log_checkpoints
    for each row execute function log_reject_change();
create trigger log_timestamps_append_only before update or delete on log_timestamps
    for each row execute function log_reject_change();
create trigger log_origin_no_truncate before truncate on log_origin
    for each statement execute function log_reject_change();
create trigger log_entries_no_truncate before truncate on log_entries
    for each statement execute function log_reject_change();
create trigger log_nodes_no_truncate before truncate on log_nodes
    for each statement execute function log_reject_change();
create trigger log_checkpoints_no_truncate before truncate on log_checkpoints
    for each statement execute function log_reject_change();
create trigger log_timestamps_no_truncate before truncate on log_timestamps
    for each statement execute function log_reject_change();
