-- RuleTables: the compiled rulebook as store tables, rebuilt (in one transaction) whenever the rulebooks'
-- content hash differs from rulebook_state. Derived data only: dropping them loses nothing.
-- rule_measures: one row per measure. rule_applies: who a measure binds (direction relative to the target,
-- target, counterpart NULL = any state) and when. rule_scope: the HS6 codes in scope (JoinTableCompiler rows).
-- rule_coverage: how a ledger code (any level, any revision) sits against a measure's scope (see Coverage.sql).
-- rule_exemptions: exemptions named per measure (with their HS limits). Caps and conversion factors are read
-- from the rulebook model by CapsQuery (a few rows of metadata, not ledger rows).
DROP TABLE IF EXISTS rule_measures;
DROP TABLE IF EXISTS rule_applies;
DROP TABLE IF EXISTS rule_scope;
DROP TABLE IF EXISTS rule_coverage;
DROP TABLE IF EXISTS rule_exemptions;
CREATE TABLE IF NOT EXISTS rulebook_state (content_hash VARCHAR NOT NULL, measures INTEGER NOT NULL, loaded_at TIMESTAMP NOT NULL);
DELETE FROM rulebook_state;
CREATE TABLE rule_measures (
    measure_id      VARCHAR PRIMARY KEY,
    ref             VARCHAR,
    rulebook        VARCHAR NOT NULL,
    title           VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,   -- ban | cap | reporting
    basis           VARCHAR NOT NULL,   -- hs | list | catch_all | activity
    direction       VARCHAR NOT NULL,   -- to_target | from_target | both
    revision        VARCHAR NOT NULL,
    effective       DATE,
    ends            DATE,
    wind_down_until DATE,               -- last day of the wind-down window, NULL when none
    citation        VARCHAR NOT NULL,
    status          VARCHAR NOT NULL
);
CREATE TABLE rule_applies (
    measure_id  VARCHAR NOT NULL,
    direction   VARCHAR NOT NULL,       -- to_target (importer = target) | from_target (exporter = target)
    target      VARCHAR NOT NULL,
    counterpart VARCHAR,                -- the other party must be this state; NULL = any
    valid_from  DATE NOT NULL,
    valid_to    DATE NOT NULL
);
CREATE TABLE rule_scope (
    measure_id    VARCHAR NOT NULL,
    hs6           VARCHAR NOT NULL,
    revision      VARCHAR NOT NULL,
    partial       BOOLEAN NOT NULL,     -- the measure covers only part of this subheading (or it is list-based)
    hs_status     VARCHAR NOT NULL,
    hs_confidence VARCHAR NOT NULL
);
CREATE TABLE rule_coverage (
    measure_id VARCHAR NOT NULL,
    rev_key    VARCHAR NOT NULL,        -- '*' for codes coarser than HS6; else the HS6 code's revision ('?' = unknown)
    code       VARCHAR NOT NULL,        -- '' (all goods), 2, 4 or 6 digits
    is_full    BOOLEAN NOT NULL         -- every good under the code is in scope; false = partly
);
CREATE TABLE rule_exemptions (
    measure_id   VARCHAR NOT NULL,
    exemption_id VARCHAR NOT NULL,
    name         VARCHAR,
    detectable   VARCHAR NOT NULL,      -- yes | partly | no (from trade data)
    how          VARCHAR NOT NULL,
    test         VARCHAR NOT NULL,      -- none | originnottarget | winddown: the machine check, if any
    hs_first     VARCHAR,               -- NULL = any goods
    hs_last      VARCHAR
);
