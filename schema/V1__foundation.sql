-- Jeli foundation schema. This folder is the only copy of the schema (Flyway, copied onto the
-- classpath as db/migration). Hibernate never generates schema.

create table users (
    id            bigint generated always as identity primary key,
    username      text        not null unique,
    display_name  text        not null,
    password_hash text        not null,
    role          text        not null check (role in ('admin', 'archivist', 'investigator', 'viewer')),
    active        boolean     not null default true,
    created_at    timestamptz not null
);

create table collections (
    id          uuid        primary key,
    name        text        not null unique,
    description text        not null default '',
    created_at  timestamptz not null,
    created_by  bigint      not null references users (id)
);

-- Content-addressed bytes. The blob store names them by a keyed hash; sha256 here is the
-- content address users see.
create table blobs (
    sha256     text        primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    sha512     text        not null check (sha512 ~ '^[0-9a-f]{128}$'),
    size       bigint      not null check (size >= 0),
    media_type text        not null,
    created_at timestamptz not null
);

-- One piece of evidence in one collection. The same bytes in one collection are one item with
-- several submissions; in another collection they are another item over the same blob.
create table items (
    id                  uuid        primary key,
    collection_id       uuid        not null references collections (id),
    blob_sha256         text        not null references blobs (sha256),
    title               text        not null default '',
    description         text        not null default '',
    source_platform     text        not null,
    source_detail       text        not null default '',
    claimed_captured_at text,
    claimed_location    text,
    sensitivity         text        not null check (sensitivity in ('public', 'restricted', 'confidential', 'sealed')),
    language            text,
    created_at          timestamptz not null,
    created_by          bigint      not null references users (id),
    unique (collection_id, blob_sha256)
);
create index items_newest on items (created_at desc, id);
create index items_collection on items (collection_id, created_at desc);

-- Who handed the bytes in, when, how, with what statement. Never updated.
create table submissions (
    id                  uuid        primary key,
    item_id             uuid        not null references items (id),
    submitted_by        bigint      not null references users (id),
    submitted_at        timestamptz not null,
    method              text        not null,
    original_filename   text,
    declared_type       text,
    filename_date       text,
    filename_pattern    text,
    title               text        not null default '',
    description         text        not null default '',
    source_platform     text        not null,
    source_detail       text        not null default '',
    claimed_captured_at text,
    claimed_location    text,
    language            text
);
create index submissions_item on submissions (item_id, submitted_at);

-- What the extractor found in a blob; one row per blob, state PENDING until extraction ran.
create table metadata (
    blob_sha256       text        primary key references blobs (sha256),
    state             text        not null check (state in ('PENDING', 'DONE')),
    outcome           text        check (outcome in ('OK', 'FAILED', 'TIMEOUT', 'LIMIT', 'ENCRYPTED', 'UNSUPPORTED')),
    outcome_detail    text,
    extractor         text,
    media_type        text,
    captured_at       text,
    gps_latitude      double precision,
    gps_longitude     double precision,
    device_make       text,
    device_model      text,
    duration_seconds  double precision,
    width             integer,
    height            integer,
    codecs            text,
    page_count        integer,
    language          text,
    raw               jsonb,
    extracted_text    text,
    attempts          integer     not null default 0,
    queued_at         timestamptz not null,
    extracted_at      timestamptz
);
create index metadata_pending on metadata (queued_at) where state = 'PENDING';
