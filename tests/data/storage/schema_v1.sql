-- A database as kxcti schema v1 wrote it (frozen: never edit; the migration tests upgrade it).
CREATE TABLE links(
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE import_sources(
    id             INTEGER PRIMARY KEY,
    path           TEXT NOT NULL,
    line_count     INTEGER NOT NULL,
    chain_hash     INTEGER NOT NULL,
    complete_lines INTEGER NOT NULL,
    complete_hash  INTEGER NOT NULL,
    bytes          INTEGER NOT NULL,
    date_order     INTEGER NOT NULL,
    imported_us    INTEGER NOT NULL
);
CREATE TABLE journal(
    id             INTEGER PRIMARY KEY,
    link_id        INTEGER NOT NULL REFERENCES links(id),
    received_us    INTEGER NOT NULL,
    raw            BLOB NOT NULL,
    line_end       INTEGER NOT NULL,
    kind           INTEGER NOT NULL,
    error          TEXT,
    parser_version INTEGER NOT NULL,
    source_id      INTEGER REFERENCES import_sources(id)
);
CREATE TABLE smdr_record(
    journal_id    INTEGER PRIMARY KEY REFERENCES journal(id),
    layout        INTEGER NOT NULL,
    call_date     TEXT,
    call_time     TEXT,
    time_is_start INTEGER NOT NULL,
    ext           TEXT,
    co            TEXT,
    direction     INTEGER NOT NULL,
    caller        TEXT,
    did           TEXT,
    dialed        TEXT,
    transferred   INTEGER NOT NULL,
    ring_s        INTEGER,
    duration_s    INTEGER,
    cost          TEXT,
    account       TEXT,
    cd            TEXT
);
CREATE INDEX smdr_record_call_date ON smdr_record(call_date);
CREATE TABLE settings(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO links(id, name) VALUES (1, 'main'), (2, 'aux');
INSERT INTO import_sources VALUES (1, '/var/log/pbx-2020.txt', 1, -4242, 1, -4242, 81, 1, 1607000000000000);
INSERT INTO journal VALUES
  (1, 1, 1607335200000000, CAST('  Date     Time   Ext CO Dial Number          Duration Cost       Acc code   CD ' AS BLOB), 0, 1, NULL, 1, NULL),
  (2, 1, 1607335260000000, CAST('07/12/20 11:00    401 05 <I>234               00:00''12 EU00000.00               ' AS BLOB), 0, 0, NULL, 1, NULL),
  (3, 2, 1607335270000000, X'000CFF41', 1, 7, 'not an SMDR line', 1, NULL),
  (4, 1, 1607335280000000, CAST('07/12/20 11:22    401 05 <I>234               00:00''00 EU00000.00            NA ' AS BLOB), 3, 0, NULL, 1, 1);
INSERT INTO smdr_record VALUES
  (2, 2, '2020-12-07', '11:00', 0, '401', '05', 1, '234', NULL, NULL, 0, NULL, 12, 'EU00000.00', NULL, NULL),
  (4, 2, '2020-12-07', '11:22', 0, '401', '05', 1, '234', NULL, NULL, 0, NULL, 0, 'EU00000.00', NULL, 'NA');
INSERT INTO settings VALUES ('smdr.date_order', 'dmy');
PRAGMA user_version = 1;
