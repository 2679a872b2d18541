-- 001: the ledger. Reference tables (areas, HS) are seeded by the store on creation.
-- Every trade row keeps its dataset and source line (provenance); aggregates live apart from their parts.

CREATE TABLE areas (
    code      VARCHAR PRIMARY KEY,      -- ISO alpha-3 or Tradewatch area code (WLD, S19, X..)
    name      VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,         -- country | historical | unspecified | aggregate
    m49       INTEGER,
    alpha2    VARCHAR
);

CREATE TABLE hs_sections (
    section   VARCHAR PRIMARY KEY,      -- roman numeral
    name      VARCHAR NOT NULL
);

CREATE TABLE hs_codes (
    revision    VARCHAR NOT NULL,       -- HS1992 .. HS2022
    code        VARCHAR NOT NULL,       -- 2, 4 or 6 digits, leading zeros kept
    level       TINYINT NOT NULL,
    section     VARCHAR,
    description VARCHAR,
    PRIMARY KEY (revision, code)
);

CREATE TABLE hs_correspondence (
    from_revision VARCHAR NOT NULL,
    from_code     VARCHAR NOT NULL,
    to_revision   VARCHAR NOT NULL,
    to_code       VARCHAR NOT NULL,
    relationship  VARCHAR NOT NULL      -- 1:1 | 1:n | n:1 | n:n
);

CREATE SEQUENCE dataset_ids START 1;

CREATE TABLE datasets (
    id             INTEGER PRIMARY KEY,
    name           VARCHAR NOT NULL UNIQUE,
    format         VARCHAR NOT NULL,    -- baci | comtrade | comtrade-json | dots | csv
    source_file    VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    rows           BIGINT NOT NULL,     -- rows in trade_flows
    aggregate_rows BIGINT NOT NULL,     -- rows kept apart in trade_aggregates
    skipped_rows   BIGINT NOT NULL,     -- bad rows tolerated by --max-errors
    value_scale    VARCHAR NOT NULL,    -- how the source stated money (units | thousands | millions)
    imported_at    TIMESTAMP NOT NULL
);

CREATE TABLE trade_flows (
    dataset_id     INTEGER NOT NULL,
    source_line    BIGINT NOT NULL,     -- 1-based line (or JSON record line) in the source file
    exporter       VARCHAR NOT NULL,    -- goods leave this area
    importer       VARCHAR NOT NULL,    -- goods arrive here
    reporter       VARCHAR NOT NULL,    -- who declared the row
    side           VARCHAR NOT NULL,    -- exporter | importer (which side declared it)
    flow_kind      VARCHAR NOT NULL,    -- export | import | re-export | re-import
    period_start   DATE NOT NULL,       -- first day of the first month
    period_end     DATE NOT NULL,       -- last day of the last month
    hs_revision    VARCHAR,             -- null when the source does not state it
    hs_code        VARCHAR,             -- 2/4/6 digits; null = all goods (a total)
    national_code  VARCHAR,             -- 8-10 digit national line as reported, rolled up into hs_code
    value_usd      DECIMAL(18,2) NOT NULL,
    net_weight_kg  DOUBLE,
    quantity       DOUBLE,
    quantity_unit  VARCHAR,
    is_estimate    BOOLEAN NOT NULL,
    flag           VARCHAR
);

-- Same shape; rows that are sums (World partner, TOTAL commodity, IMF regions) or sub-breakdowns
-- (Comtrade+ mode of transport, customs procedure, second partner). Never summed with trade_flows.
CREATE TABLE trade_aggregates (
    dataset_id     INTEGER NOT NULL,
    source_line    BIGINT NOT NULL,
    exporter       VARCHAR NOT NULL,
    importer       VARCHAR NOT NULL,
    reporter       VARCHAR NOT NULL,
    side           VARCHAR NOT NULL,
    flow_kind      VARCHAR NOT NULL,
    period_start   DATE NOT NULL,
    period_end     DATE NOT NULL,
    hs_revision    VARCHAR,
    hs_code        VARCHAR,
    national_code  VARCHAR,
    value_usd      DECIMAL(18,2) NOT NULL,
    net_weight_kg  DOUBLE,
    quantity       DOUBLE,
    quantity_unit  VARCHAR,
    is_estimate    BOOLEAN NOT NULL,
    flag           VARCHAR,
    reason         VARCHAR NOT NULL     -- partner-aggregate | commodity-total | breakdown
);
