-- Chat-export imports (issue 6, ADR 0018). The export itself is an ordinary item; each message,
-- system notice and gap becomes an item of media type application/vnd.jeli.message+json whose
-- searchable text is its metadata.extracted_text; each attachment an ordinary item.

-- Items created by an import stay invisible until the import is DONE: a refused or failed import
-- never shows a partial conversation. Every other item is visible from the start.
alter table items add column visible boolean not null default true;
create index items_hidden on items (id) where not visible;

create table chat_imports (
    id                   uuid        primary key,
    collection_id        uuid        not null references collections (id),
    export_item_id       uuid        not null references items (id),
    export_submission_id uuid        not null references submissions (id),
    export_sha256        text        not null references blobs (sha256),
    source_kind          text        not null check (source_kind in ('zip', 'text', 'json')),
    time_zone            text,
    source_detail        text        not null default '',
    sensitivity          text        not null check (sensitivity in ('public', 'restricted', 'confidential', 'sealed')),
    started_by           bigint      not null references users (id),
    state                text        not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'REFUSED', 'FAILED')),
    format               text,
    chat_name            text,
    events_done          bigint      not null default 0,
    messages             bigint      not null default 0,
    system_messages      bigint      not null default 0,
    attachments          bigint      not null default 0,
    gaps                 bigint      not null default 0,
    duplicates           bigint      not null default 0,
    warnings             bigint      not null default 0,
    percent              integer     not null default 0 check (percent between 0 and 100),
    error_code           text,
    error_message        text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    finished_at          timestamptz
);
create index chat_imports_collection on chat_imports (collection_id, created_at desc);
create index chat_imports_unfinished on chat_imports (created_at) where state in ('QUEUED', 'RUNNING');

-- Every submission an import made (one per message, attachment): its arrivals and what to reveal.
create table chat_import_submissions (
    submission_id uuid   primary key references submissions (id),
    import_id     uuid   not null references chat_imports (id),
    item_id       uuid   not null references items (id)
);
create index chat_import_submissions_import on chat_import_submissions (import_id);

-- One row per position of a conversation (message, system notice or gap). sender, actor,
-- forwarded_from and text are identifying: the API shows participant numbers below clearance.
create table chat_messages (
    item_id            uuid        primary key references items (id),
    export_item_id     uuid        not null references items (id),
    collection_id      uuid        not null references collections (id),
    conversation       integer     not null,
    conversation_name  text,
    position           bigint      not null,
    kind               text        not null check (kind in ('MESSAGE', 'SYSTEM', 'GAP')),
    local_time         timestamp   not null,
    utc_offset         text,
    instant            timestamptz,
    sender             text,
    participant        integer,
    text               text        not null default '',
    flags              text        not null default '',
    system_kind        text,
    gap_kind           text,
    source_id          text,
    reply_to_id        text,
    forwarded_from     text,
    forwarded_participant integer,
    unique (export_item_id, conversation, position)
);
create index chat_messages_source on chat_messages (export_item_id, conversation, source_id);

create table chat_attachments (
    message_item_id    uuid    not null references items (id),
    ordinal            integer not null,
    attachment_item_id uuid    not null references items (id),
    name               text    not null,
    kind               text    not null,
    primary key (message_item_id, ordinal)
);
create index chat_attachments_item on chat_attachments (attachment_item_id);

-- Stable pseudonyms: "Participant N" per collection, numbered in order of first appearance, keyed
-- by an HMAC (per-collection random key) of the normalised name or phone number.
create table chat_pseudonym_keys (
    collection_id uuid        primary key references collections (id),
    hmac_key      bytea       not null,
    created_at    timestamptz not null
);
create table chat_participants (
    collection_id uuid    not null references collections (id),
    identity_hmac text    not null,
    number        integer not null,
    primary key (collection_id, identity_hmac),
    unique (collection_id, number)
);
