-- The list's text search (unit and project names, any substring, Chinese without word breaks) tested LIKE '%…%'
-- on every project of every report: over a second at 10,000 reports. This table is an index of the searched names
-- by their single characters and pairs of adjacent characters (lower case), written with each report: a query word
-- of one character looks up that character, a longer word the reports that have all its pairs, and only those
-- reports are tested with LIKE. Plain rows and a B-tree, so that H2 and PostgreSQL answer it the same way.
-- V6 (a Java migration) fills it for the reports stored before.

CREATE TABLE search_grams (
    gram      VARCHAR(8) NOT NULL,
    report_id BIGINT     NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    PRIMARY KEY (gram, report_id)
);
