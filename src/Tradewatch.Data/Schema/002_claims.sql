-- 002: the claims store. Articles with their text (spans index into it), the claims extracted from them and the
-- checks on them, so reports and the dashboard can show them beside the ledger rows they were checked against.
-- An article is identified by the SHA-256 of its text: checking the same text again replaces its claims and checks
-- (same article id), never duplicates them. Written by Tradewatch.Claims (Store/ClaimsRepository.cs).

CREATE SEQUENCE article_ids START 1;

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    file        VARCHAR,                -- as given on the command line ('-' for stdin), or null
    sha256      VARCHAR NOT NULL UNIQUE,-- of the decoded text (UTF-8), the identity of the article
    title       VARCHAR,
    date        DATE,                   -- publication date used to resolve 'this year'
    date_basis  VARCHAR NOT NULL,       -- stated | given | inferred | unknown
    text        VARCHAR NOT NULL,       -- the text every span indexes into
    checked_at  TIMESTAMP NOT NULL
);

-- No primary keys below: re-checking deletes and re-inserts an article's rows in one transaction, which DuckDB's
-- index checks refuse for the same key within a transaction.
CREATE TABLE claims (
    article_id        INTEGER NOT NULL,
    claim_id          INTEGER NOT NULL, -- the claim's id in its claims document
    kind              VARCHAR NOT NULL, -- trade_value | trade_quantity | growth_rate | share | count | debt_or_investment | other
    flow              VARCHAR,          -- exports | imports | total_trade | turnover
    from_country      VARCHAR,          -- ISO alpha-3 (goods move from here)
    to_country        VARCHAR,
    commodity         VARCHAR,
    hs                VARCHAR,
    value             DECIMAL(38,6),    -- base units: dollars, tons, percent points
    unit              VARCHAR,
    period_start      DATE,             -- first day of the first month, as in trade_flows
    period_end        DATE,             -- last day of the last month
    period_inferred   BOOLEAN NOT NULL, -- carried over from an earlier sentence
    comparison_value  DECIMAL(38,6),
    comparison_unit   VARCHAR,
    comparison_start  DATE,
    comparison_end    DATE,
    source            VARCHAR,
    notes             VARCHAR,
    qualifier         VARCHAR,
    measure           VARCHAR,
    span_start        INTEGER NOT NULL, -- C# string indices into articles.text, end exclusive
    span_end          INTEGER NOT NULL,
    number_start      INTEGER NOT NULL, -- the number itself, inside the span
    number_end        INTEGER NOT NULL,
    line              INTEGER NOT NULL,
    col               INTEGER NOT NULL,
    quote             VARCHAR NOT NULL
);

-- Checks within one article (own arithmetic, periods, ledger).
CREATE TABLE claim_checks (
    article_id  INTEGER NOT NULL,
    check_no    INTEGER NOT NULL,       -- order within the article's document
    check_name  VARCHAR NOT NULL,       -- growth_arithmetic | parts_total | ledger | …
    scope       VARCHAR NOT NULL,
    verdict     VARCHAR NOT NULL,       -- consistent | inconsistent | cannot_check
    reason      VARCHAR NOT NULL,
    claim_ids   INTEGER[] NOT NULL
);

-- Checks across articles: article_ids runs parallel to claim_ids.
CREATE TABLE claim_cross_checks (
    check_name  VARCHAR NOT NULL,
    scope       VARCHAR NOT NULL,
    verdict     VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    article_ids INTEGER[] NOT NULL,
    claim_ids   INTEGER[] NOT NULL,
    checked_at  TIMESTAMP NOT NULL
);
