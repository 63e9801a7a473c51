-- The report list is sorted by year (newest first), region, unit name, kind and version, and paged. With region and
-- unit name only in units, every list request joined and sorted all matching reports, and counted them by reading
-- every row (seconds at 10,000 reports, most of it reading row pages scattered among the stored documents). A unit's
-- name and region never change after it is created, so reports carries a copy of both, and one index holds the
-- list's order: a page reads its 50 entries from the index in order and stops, with no sort.

ALTER TABLE reports ADD COLUMN unit_region VARCHAR(200);
ALTER TABLE reports ADD COLUMN unit_name VARCHAR(300);
UPDATE reports SET unit_region = (SELECT u.region FROM units u WHERE u.id = reports.unit_id),
    unit_name = (SELECT u.name FROM units u WHERE u.id = reports.unit_id);
ALTER TABLE reports ALTER COLUMN unit_region SET NOT NULL;
ALTER TABLE reports ALTER COLUMN unit_name SET NOT NULL;
CREATE INDEX reports_list_order ON reports (report_year DESC, unit_region, unit_name, kind, version DESC);
-- The list's counts (matching reports and their findings by severity) read this index instead of the rows.
CREATE INDEX reports_list_counts ON reports (latest, report_year, kind, unit_region, error_count, warning_count,
    info_count);
