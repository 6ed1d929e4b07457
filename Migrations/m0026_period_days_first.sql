-- m0026: latest_estimates tells whole years and whole months by the days a period covers, not by
-- the length of its text. A source that writes the year 2018 as 2018-01-01/2018-12-31 gave the
-- same period as one that writes 2018, yet the view preferred the shorter text, so an older
-- source's 32,000 for 2018 beat a newer source's 95,000 for the same year; the brief's key figures
-- (Headline.best) now compare by days, and the view keeps choosing what they choose. Among periods
-- ending on the same day: whole years first (2020, 2020-01/2020-12, 2020-01-01/2020-12-31), then
-- whole months, then other days; then, as before, the one that starts last, the publication date
-- and the key. Stored periods are unchanged. Recreated whole, as SQLite requires.
DROP VIEW IF EXISTS latest_estimates;

CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place: the one whose reference period ends last, by its last day (2020-2021 ends after 2021-03), then the one covering whole years, then whole months, by its days (the year 2020, written 2020, 2020-01/2020-12 or 2020-01-01/2020-12-31, not its December), then the one that starts last, then the one whose source's publication date sorts last as text (2019-05 after 2019, an undated source last: dates of different precision within a year cannot really be ordered), then the key (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series, not derived from a dataset version a newer derived version supersedes).
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
    method, -- how it was obtained
    ci_level -- confidence level of low..high as a fraction (NULL: a range, not a confidence interval, or no bounds)
FROM (
    SELECT measure, place, figure, value, censored, low, high, ci_level, unit, period_start, period_end, source, method,
        row_number() OVER (
            PARTITION BY measure, place
            ORDER BY last_day DESC,
                CASE WHEN substr(first_day, 5) = '-01-01' AND substr(last_day, 5) = '-12-31' THEN 0
                     WHEN substr(first_day, 9) = '01' AND last_day = date(substr(last_day, 1, 7) || '-01', '+1 month', '-1 day') THEN 1
                     ELSE 2 END,
                first_day DESC, published DESC, figure
        ) AS rank
    FROM (
    SELECT f.measure, f.place, f.key AS figure, f.value, f.censored, f.low, f.high, f.ci_level, f.unit, f.period_start,
        f.period_end, f.source, f.method, coalesce(s.published, '') AS published,
        CASE length(f.period_end) WHEN 4 THEN f.period_end || '-12-31' WHEN 7 THEN date(f.period_end || '-01', '+1 month', '-1 day') ELSE f.period_end END AS last_day,
        CASE length(f.period_start) WHEN 4 THEN f.period_start || '-01-01' WHEN 7 THEN f.period_start || '-01' ELSE f.period_start END AS first_day
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
)
WHERE rank = 1;
