-- The register: one row per request, its history, its deadlines and the
-- links between requests. The same tables on SQLite and PostgreSQL
-- (migrations/postgres/V1__register.sql is this file, word for word).
CREATE TABLE requests (
    reference TEXT PRIMARY KEY,
    their_reference TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    requesting_state TEXT NOT NULL DEFAULT '',
    requested_state TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    measures TEXT NOT NULL DEFAULT '',
    case_path TEXT NOT NULL DEFAULT '',
    case_hash TEXT NOT NULL DEFAULT '',
    pdf_hash TEXT NOT NULL DEFAULT '',
    knowledge TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE events (
    reference TEXT NOT NULL REFERENCES requests (reference),
    seq BIGINT NOT NULL,
    at TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (reference, seq)
);
CREATE TABLE deadlines (
    reference TEXT NOT NULL REFERENCES requests (reference),
    kind TEXT NOT NULL,
    due TEXT NOT NULL,
    PRIMARY KEY (reference, kind)
);
CREATE TABLE links (
    from_reference TEXT NOT NULL REFERENCES requests (reference),
    to_reference TEXT NOT NULL REFERENCES requests (reference),
    kind TEXT NOT NULL,
    PRIMARY KEY (from_reference, to_reference, kind)
);
