-- Every correction of an item's descriptive claims keeps the previous values here (and the log
-- keeps a salted commitment to both, in the same transaction). Never updated.
create table claim_history (
    id          uuid        primary key,
    item_id     uuid        not null references items (id),
    edited_at   timestamptz not null,
    edited_by   bigint      not null references users (id),
    old_claims  text        not null,
    new_claims  text        not null,
    log_index   bigint      not null
);
create index claim_history_item on claim_history (item_id, edited_at);
