-- m0012: latest_estimates prefers, among the periods that end on the same last day, the one written
-- in whole years: a count for December 2020 (or for 31 December) no longer beats the count for the
-- year 2020, of which it is a fraction. Then, as before, the period that starts last (2020 before
-- 2018-2020), the most recent publication and the key.
DROP VIEW IF EXISTS latest_estimates;

CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place: the one whose reference period ends last, by its last day (2020-2021 ends after 2021-03), then the one written in whole years (the year 2020, not its December), then the one that starts last (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series, not derived from a dataset version a newer derived version supersedes).
SELECT
    measure, -- measure code
    place, -- place code
    figure, -- key of the most recent primary figure
    value, -- its value
    censored, -- 1 when censored
    low, -- lower bound
    high, -- upper bound
    unit, -- unit
    period_start, -- reference period start
    period_end, -- reference period end
    source, -- its source
    method -- how it was obtained
FROM (
    SELECT f.measure, f.place, f.key AS figure, f.value, f.censored, f.low, f.high, f.unit, f.period_start,
        f.period_end, f.source, f.method,
        row_number() OVER (
            PARTITION BY f.measure, f.place
            ORDER BY CASE length(f.period_end) WHEN 4 THEN f.period_end || '-12-31' WHEN 7 THEN date(f.period_end || '-01', '+1 month', '-1 day') ELSE f.period_end END DESC,
                length(f.period_start) + length(f.period_end),
                CASE length(f.period_start) WHEN 4 THEN f.period_start || '-01-01' WHEN 7 THEN f.period_start || '-01' ELSE f.period_start END DESC,
                coalesce(s.published, '') DESC, f.key
        ) AS rank
    FROM figures f
    JOIN measures m ON m.code = f.measure
    JOIN sources s ON s.key = f.source
    WHERE f.cites IS NULL AND f.method <> 'reported' AND f.unit = m.default_unit
      AND f.sex = 'total' AND f.age_group = 'total' AND f.form IS NULL
      AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
      AND NOT EXISTS (
          SELECT 1 FROM series_figures sf
          WHERE sf.figure = f.key AND sf.last_vintage < (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series))
      AND NOT EXISTS (
          SELECT 1 FROM datasets d
          JOIN datasets newer ON newer.name = d.name AND newer.version > d.version
          WHERE d.source = f.source AND EXISTS (SELECT 1 FROM derivations r WHERE r.dataset_id = newer.id))
)
WHERE rank = 1;
