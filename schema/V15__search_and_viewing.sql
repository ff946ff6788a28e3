-- Issue 5: full-text search over items, derivatives for safe viewing, per-user viewing settings.
-- ADR 0020 explains the choices.

-- Accent-insensitive matching: the unaccent extension (trusted since PostgreSQL 13; shipped by
-- the embedded PostgreSQL) as a filtering dictionary in front of each language's stemmer.
create extension if not exists unaccent;

create text search configuration jeli_fr (copy = french);
alter text search configuration jeli_fr
    alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration jeli_en (copy = english);
alter text search configuration jeli_en
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration jeli_ar (copy = arabic);
alter text search configuration jeli_ar
    alter mapping for hword, hword_part, word with unaccent, arabic_stem;
-- Bambara, Fulfulde and anything else written in Latin script: words as written, accents removed.
create text search configuration jeli_simple (copy = simple);
alter text search configuration jeli_simple
    alter mapping for asciiword, asciihword, hword_asciipart, hword, hword_part, word with unaccent, simple;

-- One text as every configuration reads it (a text's language is often unknown or mixed).
create function jeli_search_vector(t text) returns tsvector language sql stable as $$
    select to_tsvector('jeli_fr', coalesce(t, '')) || to_tsvector('jeli_en', coalesce(t, ''))
        || to_tsvector('jeli_ar', coalesce(t, '')) || to_tsvector('jeli_simple', coalesce(t, ''))
$$;

-- A query text built by the application ('term' & 'term':*) as every configuration reads it: any
-- configuration's reading may match (tsquery || tsquery is OR).
create function jeli_search_query(q text) returns tsquery language sql stable as $$
    select to_tsquery('jeli_fr', q) || to_tsquery('jeli_en', q) || to_tsquery('jeli_ar', q)
        || to_tsquery('jeli_simple', q)
$$;

-- Phone-number-like runs removed before indexing the text that users below the identifying
-- clearance may search (the same rule the API uses to mask them, but wider: never narrower).
create function jeli_mask_phones(t text) returns text language sql immutable as $$
    select regexp_replace(coalesce(t, ''), '\+?[0-9][0-9 ().-]{6,}[0-9]', ' ', 'g')
$$;

-- document: what anyone who may see the item may search (title, source detail, description,
-- extracted text without phone numbers). identifying: what only members cleared for identifying
-- fields may search (the claimed place, the extracted text with its phone numbers).
create table item_search (
    item_id     uuid     primary key references items (id),
    document    tsvector not null,
    identifying tsvector not null
);
create index item_search_document on item_search using gin (document);
create index item_search_identifying on item_search using gin (identifying);

create function item_search_refresh(p_item uuid) returns void language plpgsql as $$
declare
    r record;
    doc tsvector;
    ident tsvector;
begin
    select i.title, i.description, i.source_detail, i.claimed_location,
           left(coalesce(m.extracted_text, ''), 100000) as body
      into r
      from items i left join metadata m on m.blob_sha256 = i.blob_sha256
     where i.id = p_item;
    if not found then
        delete from item_search where item_id = p_item;
        return;
    end if;
    doc := setweight(jeli_search_vector(r.title || ' ' || r.source_detail), 'A')
        || setweight(jeli_search_vector(r.description), 'B');
    ident := jeli_search_vector(r.claimed_location);
    begin
        doc := doc || setweight(jeli_search_vector(jeli_mask_phones(r.body)), 'C');
        ident := ident || jeli_search_vector(r.body);
    exception when program_limit_exceeded then
        -- A text too large for one tsvector is searchable by its claims only; never fail the write.
        null;
    end;
    insert into item_search (item_id, document, identifying) values (p_item, doc, ident)
        on conflict (item_id) do update set document = excluded.document, identifying = excluded.identifying;
end $$;

create function item_search_on_item() returns trigger language plpgsql as $$
begin
    perform item_search_refresh(new.id);
    return null;
end $$;
create trigger items_search after insert or update of title, description, source_detail, claimed_location
    on items for each row execute function item_search_on_item();

create function item_search_on_metadata() returns trigger language plpgsql as $$
begin
    perform item_search_refresh(i.id) from items i where i.blob_sha256 = new.blob_sha256;
    return null;
end $$;
create trigger metadata_search after insert or update of extracted_text on metadata
    for each row execute function item_search_on_metadata();

select item_search_refresh(id) from items;

-- Derivatives for safe viewing (thumbnails, web-playable previews), made from the original and
-- stored apart from it; the original never changes. One row per blob and kind.
create table derivatives (
    blob_sha256 text        not null references blobs (sha256),
    kind        text        not null check (kind in ('thumbnail', 'preview')),
    state       text        not null check (state in ('READY', 'UNAVAILABLE')),
    media_type  text,
    sha256      text        check (sha256 ~ '^[0-9a-f]{64}$'),
    size        bigint,
    reason      text,
    created_at  timestamptz not null,
    primary key (blob_sha256, kind)
);

-- Per-user viewing settings: graphic content is blurred until revealed unless the user chose
-- otherwise.
create table viewer_settings (
    user_id     bigint      primary key references users (id),
    blur_media  boolean     not null default true,
    updated_at  timestamptz not null
);
