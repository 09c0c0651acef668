CREATE TRIGGER card_movements_append_only
    BEFORE UPDATE OF id, movement_id, customer_id, purse, punch_id, kind, delta, balance_after, at, reason, made_by ON card_movements
    BEGIN SELECT RAISE(ABORT, 'card ledger lines are never edited: write a correction'); END;

CREATE TRIGGER value_changes_customer_added AFTER INSERT ON customers WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT NEW.id AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TRIGGER value_changes_customer_changed AFTER UPDATE OF archived_at, created_at, median_gap_days, tier_override ON customers WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT NEW.id AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TRIGGER value_changes_customer_removed AFTER DELETE ON customers WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT OLD.id AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TRIGGER value_changes_entry_added AFTER INSERT ON entries WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT NEW.customer_id AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TRIGGER value_changes_entry_changed AFTER UPDATE OF customer_id, kind, occurred_at, deleted_at ON entries WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT OLD.customer_id AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT NEW.customer_id AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TRIGGER value_changes_entry_removed AFTER DELETE ON entries WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT OLD.customer_id AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TRIGGER value_changes_line_added AFTER INSERT ON purchase_lines WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT (SELECT customer_id FROM entries WHERE id = NEW.entry_id) AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TRIGGER value_changes_line_changed AFTER UPDATE ON purchase_lines WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT (SELECT customer_id FROM entries WHERE id = OLD.entry_id) AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT (SELECT customer_id FROM entries WHERE id = NEW.entry_id) AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TRIGGER value_changes_line_removed AFTER DELETE ON purchase_lines WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'value.computedOn') BEGIN INSERT INTO value_changes (customer_id) SELECT id FROM (SELECT (SELECT customer_id FROM entries WHERE id = OLD.entry_id) AS id) AS x WHERE id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM value_changes WHERE customer_id = x.id); END;

CREATE TABLE card_movements (
    id TEXT PRIMARY KEY NOT NULL,
    movement_id TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    purse TEXT NOT NULL CHECK (purse IN ('points', 'principal', 'bonus', 'punch')),
    punch_id TEXT REFERENCES punch_cards (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('opening', 'earn', 'redeem', 'top_up', 'pay', 'sell_punch', 'punch', 'refund', 'expire', 'correction', 'merge')),
    delta INTEGER NOT NULL,
    balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
    at TEXT NOT NULL,
    entry_id TEXT REFERENCES entries (id) ON DELETE SET NULL,
    reason TEXT,
    made_by TEXT,
    CHECK ((purse = 'punch') = (punch_id IS NOT NULL))
  ) STRICT;

CREATE TABLE care_marks (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    what TEXT NOT NULL CHECK (what IN ('greeted', 'called', 'snoozed', 'notRegular', 'followUp', 'promiseKept', 'promiseBroken', 'complaintCall')),
    on_day TEXT NOT NULL,
    until_day TEXT,
    entry_id TEXT REFERENCES entries (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE customer_merges (
    merged_id TEXT PRIMARY KEY NOT NULL,
    survivor_id TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    stamps TEXT
  ) STRICT;

CREATE TABLE customer_phones (
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT,
    number TEXT NOT NULL,
    digits TEXT NOT NULL,
    PRIMARY KEY (customer_id, position)
  ) STRICT;

CREATE TABLE customer_tags (
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
  ) STRICT;

CREATE TABLE customer_value (
    customer_id TEXT PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    spend_window INTEGER NOT NULL,
    spend_recent INTEGER NOT NULL,
    spend_earlier INTEGER NOT NULL,
    visits_window INTEGER NOT NULL,
    first_visit_at TEXT,
    tier TEXT NOT NULL,
    stage TEXT NOT NULL,
    relationship TEXT
  , last_visit_at TEXT) STRICT, WITHOUT ROWID;

CREATE TABLE customers (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    address_as TEXT,
    gender TEXT CHECK (gender IN ('female', 'male')),
    email TEXT,
    address TEXT,
    company TEXT,
    title TEXT,
    about TEXT,
    last_visit_at TEXT,
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  , referred_by TEXT REFERENCES customers (id) ON DELETE SET NULL, visit_count INTEGER NOT NULL DEFAULT 0, median_gap_days REAL, tier_override TEXT CHECK (tier_override IN ('vip', 'regular', 'new', 'at_risk', 'lost')), tier_override_reason TEXT, responsible TEXT) STRICT;

CREATE TABLE entries (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  , written_on TEXT, written_by TEXT) STRICT;

CREATE TABLE entry_details (
    entry_id TEXT PRIMARY KEY NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    remedy TEXT,
    resolved_on TEXT,
    promise_due TEXT,
    promise_status TEXT CHECK (promise_status IN ('open', 'kept', 'broken')),
    gift_item TEXT,
    gift_occasion TEXT,
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    follow_up_on TEXT,
    follow_up_done_at TEXT
  ) STRICT;

CREATE TABLE entry_docs (
    doc INTEGER PRIMARY KEY,
    entry_id TEXT NOT NULL UNIQUE REFERENCES entries (id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE
  ) STRICT;

CREATE TABLE entry_revisions (
    id TEXT PRIMARY KEY NOT NULL,
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    lines TEXT NOT NULL,
    details TEXT,
    replaced_at TEXT NOT NULL
  ) STRICT;

CREATE VIRTUAL TABLE entry_terms USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');

CREATE TABLE 'entry_terms_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'entry_terms_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'entry_terms_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

CREATE TABLE 'entry_terms_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE VIRTUAL TABLE entry_terms_instances USING fts5vocab(entry_terms, instance);

CREATE TABLE greeting_batches (
    id TEXT PRIMARY KEY NOT NULL,
    occasion_id TEXT NOT NULL,
    label TEXT NOT NULL,
    on_day TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE greeting_choices (
    customer_id TEXT PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    no_marketing INTEGER NOT NULL CHECK (no_marketing IN (0, 1)),
    changed_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE greetings (
    id TEXT PRIMARY KEY NOT NULL,
    batch_id TEXT NOT NULL REFERENCES greeting_batches (id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    occasion_id TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'skipped', 'held')),
    holds TEXT,
    entry_id TEXT REFERENCES entries (id) ON DELETE SET NULL,
    at TEXT NOT NULL,
    UNIQUE (batch_id, customer_id)
  ) STRICT;

CREATE TABLE important_dates (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    person_id TEXT REFERENCES key_people (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('birthday', 'anniversary', 'custom')),
    label TEXT,
    calendar TEXT NOT NULL CHECK (calendar IN ('solar', 'lunar')),
    year INTEGER,
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    leap_month INTEGER NOT NULL DEFAULT 0 CHECK (leap_month IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE kept_apart (
    first_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    second_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
  ) STRICT, WITHOUT ROWID;

CREATE TABLE key_people (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    relation TEXT NOT NULL,
    linked_customer_id TEXT REFERENCES customers (id) ON DELETE SET NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE last_merge (
    id TEXT PRIMARY KEY NOT NULL,
    survivor_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    other_id TEXT NOT NULL,
    undo TEXT NOT NULL,
    merged_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE member_cards (
    customer_id TEXT PRIMARY KEY NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    number TEXT UNIQUE,
    joined_on TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE preferences (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    polarity TEXT NOT NULL CHECK (polarity IN ('like', 'dislike', 'fact')),
    category TEXT NOT NULL CHECK (category IN ('colour', 'size', 'style', 'brand', 'taste', 'other')),
    value TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE punch_cards (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    uses INTEGER NOT NULL CHECK (uses > 0),
    price_minor INTEGER CHECK (price_minor >= 0),
    valid_until TEXT,
    sold_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE purchase_lines (
    id TEXT PRIMARY KEY NOT NULL,
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item TEXT NOT NULL,
    colour TEXT,
    size TEXT,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER CHECK (unit_price_minor >= 0),
    amount_minor INTEGER CHECK (amount_minor >= 0),
    currency TEXT NOT NULL
  ) STRICT;

CREATE TABLE search_keys (
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind INTEGER NOT NULL,
    key TEXT NOT NULL
  ) STRICT;

CREATE TABLE segments (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
  ) STRICT;

CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    doc_id TEXT NOT NULL,
    kept_rev TEXT NOT NULL,
    other_rev TEXT NOT NULL,
    other_body TEXT,
    settled TEXT CHECK (settled IN ('kept', 'took_other')),
    settled_at TEXT
  , field TEXT) STRICT;

CREATE TABLE sync_outbox (
    doc_id TEXT PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;

CREATE TABLE sync_stamps (
    doc_id TEXT NOT NULL,
    field TEXT NOT NULL,
    at TEXT NOT NULL,
    prior TEXT,
    gone INTEGER NOT NULL DEFAULT 0 CHECK (gone IN (0, 1)),
    PRIMARY KEY (doc_id, field)
  ) STRICT, WITHOUT ROWID;

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
  ) STRICT;

CREATE TABLE tier_history (
    day TEXT NOT NULL,
    tier TEXT NOT NULL,
    customers INTEGER NOT NULL,
    PRIMARY KEY (day, tier)
  ) STRICT, WITHOUT ROWID;

CREATE TABLE value_changes (customer_id TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID;

CREATE INDEX card_movements_at ON card_movements (at);

CREATE INDEX card_movements_one_left ON card_movements (at, id) WHERE purse = 'punch' AND balance_after = 1;

CREATE INDEX card_movements_purse ON card_movements (customer_id, purse, punch_id, at, id);

CREATE INDEX card_movements_purse_kind_at ON card_movements (purse, kind, at, delta);

CREATE INDEX care_marks_day ON care_marks (on_day);

CREATE INDEX care_marks_subject ON care_marks (customer_id, subject);

CREATE INDEX customer_phones_digits ON customer_phones (digits);

CREATE INDEX customer_tags_folded ON customer_tags (tag COLLATE NOCASE, customer_id);

CREATE INDEX customer_tags_tag ON customer_tags (tag);

CREATE INDEX customer_value_first_visit ON customer_value (first_visit_at) WHERE first_visit_at IS NOT NULL;

CREATE INDEX customer_value_spend ON customer_value (spend_window DESC, customer_id DESC);

CREATE INDEX customer_value_stage ON customer_value (stage, spend_window DESC, customer_id DESC);

CREATE INDEX customer_value_tier ON customer_value (tier, spend_window DESC, customer_id DESC);

CREATE INDEX customers_archived ON customers (id) WHERE archived_at IS NOT NULL;

CREATE INDEX customers_last_visit ON customers (last_visit_at DESC, id);

CREATE INDEX customers_live_name ON customers (name, id, address_as, company) WHERE archived_at IS NULL;

CREATE INDEX customers_live_recent ON customers (coalesce(last_visit_at, created_at) DESC, id DESC) WHERE archived_at IS NULL;

CREATE INDEX customers_live_seen ON customers (last_visit_at, created_at, id) WHERE archived_at IS NULL;

CREATE INDEX customers_live_visits ON customers (visit_count DESC, id DESC) WHERE archived_at IS NULL;

CREATE INDEX customers_name ON customers (name);

CREATE INDEX customers_referred_by ON customers (referred_by) WHERE referred_by IS NOT NULL;

CREATE INDEX customers_responsible ON customers (responsible, id) WHERE responsible IS NOT NULL;

CREATE INDEX entries_kind_time ON entries (kind, occurred_at, customer_id) WHERE deleted_at IS NULL;

CREATE INDEX entries_timeline ON entries (customer_id, occurred_at DESC, id DESC);

CREATE INDEX entries_value ON entries (customer_id, kind, occurred_at, id) WHERE deleted_at IS NULL;

CREATE INDEX entry_details_follow_up ON entry_details (follow_up_on) WHERE follow_up_on IS NOT NULL AND follow_up_done_at IS NULL;

CREATE INDEX entry_details_promise ON entry_details (promise_due) WHERE promise_status = 'open';

CREATE INDEX entry_docs_customer ON entry_docs (customer_id);

CREATE INDEX entry_revisions_entry ON entry_revisions (entry_id, replaced_at);

CREATE INDEX greetings_customer ON greetings (customer_id, occasion_id);

CREATE INDEX important_dates_birthday ON important_dates (month, customer_id) WHERE kind = 'birthday' AND person_id IS NULL;

CREATE INDEX important_dates_customer ON important_dates (customer_id);

CREATE INDEX kept_apart_second ON kept_apart (second_id);

CREATE INDEX key_people_customer ON key_people (customer_id);

CREATE INDEX last_merge_survivor ON last_merge (survivor_id);

CREATE INDEX preferences_customer ON preferences (customer_id);

CREATE INDEX punch_cards_customer ON punch_cards (customer_id, sold_at);

CREATE INDEX punch_cards_valid_until ON punch_cards (valid_until) WHERE valid_until IS NOT NULL;

CREATE INDEX purchase_lines_entry ON purchase_lines (entry_id, position);

CREATE INDEX purchase_lines_value ON purchase_lines (entry_id, amount_minor, unit_price_minor, quantity);

CREATE INDEX search_keys_customer ON search_keys (customer_id);

CREATE INDEX search_keys_lookup ON search_keys (kind, key);

CREATE INDEX sync_conflicts_open ON sync_conflicts (doc_id) WHERE settled IS NULL;

CREATE UNIQUE INDEX sync_outbox_seq ON sync_outbox (seq);
