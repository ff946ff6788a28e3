-- Fewer round trips per append: the sequencer takes its lock and reads the head in one call, and
-- writes entries and subtree hashes in one call. The lock key is "JELILOG" in ASCII.

create function log_lock_head(out size bigint, out last_leaf bytea) language plpgsql as $$
begin
    perform pg_advisory_xact_lock(20905342226157383);
    select e.idx + 1, e.leaf_hash into size, last_leaf from log_entries e order by e.idx desc limit 1;
    if not found then
        size := 0;
        last_leaf := decode(repeat('00', 32), 'hex');
    end if;
end;
$$;

create function log_insert(
    p_idx bigint[], p_leaf bytea[], p_entry bytea[], p_kind text[], p_subject text[], p_at timestamptz,
    n_level smallint[], n_idx bigint[], n_hash bytea[]) returns void language plpgsql as $$
begin
    -- plpgsql caches the plans of these statements per session; an SQL function would re-plan.
    insert into log_entries (idx, leaf_hash, entry, kind, subject, created_at)
        select i, l, e, k, s, p_at from unnest(p_idx, p_leaf, p_entry, p_kind, p_subject) as t(i, l, e, k, s);
    insert into log_nodes (level, idx, hash)
        select lv, ix, h from unnest(n_level, n_idx, n_hash) as t(lv, ix, h);
end;
$$;

-- The common case in one round trip: an instance that appended last knows the head; it sends the
-- entries built on that head, and they are written only if the head is still exactly that.
create function log_append_if_head(
    p_size bigint, p_last bytea,
    p_idx bigint[], p_leaf bytea[], p_entry bytea[], p_kind text[], p_subject text[], p_at timestamptz,
    n_level smallint[], n_idx bigint[], n_hash bytea[]) returns boolean language plpgsql as $$
declare
    head record;
begin
    select * into head from log_lock_head();
    if head.size <> p_size or head.last_leaf <> p_last then
        return false;
    end if;
    perform log_insert(p_idx, p_leaf, p_entry, p_kind, p_subject, p_at, n_level, n_idx, n_hash);
    return true;
end;
$$;
