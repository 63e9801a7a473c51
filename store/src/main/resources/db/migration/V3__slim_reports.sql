-- Lists, searches and regional sums scan the reports table: keep its rows small. The canonical JSON (about 150 KB
-- a report) moves to a table of its own, read only for one report at a time; and the latest version of each unit's
-- report is marked, so that "latest only" is a column test instead of a correlated subquery per row.

CREATE TABLE report_documents (
    report_id BIGINT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    document  TEXT NOT NULL
);
INSERT INTO report_documents (report_id, document) SELECT id, document FROM reports;
ALTER TABLE reports DROP COLUMN document;

ALTER TABLE reports ADD COLUMN latest BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE reports SET latest = FALSE WHERE version < (SELECT MAX(v.version) FROM reports v
    WHERE v.unit_id = reports.unit_id AND v.kind = reports.kind AND v.report_year = reports.report_year);
CREATE INDEX reports_latest ON reports (latest, report_year, kind);
CREATE INDEX units_region ON units (region);
