-- Figures that `tipdb derive` counts from a case-level dataset name that dataset's version as their
-- source. Once a newer version of the same dataset has been derived, the older version's figures
-- are superseded: latest_estimates leaves them out, as it leaves out figures a newer GLOTIP export
-- no longer publishes. (Before, a tie between the two versions' figures went to the older one by
-- key order, so the view and the brief's key figures showed the superseded count.) The older
-- figures stay in figures, queryable, as the older cases stay in cases.

DROP VIEW latest_estimates;
CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series, not derived from a dataset version a newer derived version supersedes).
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
            ORDER BY f.period_end DESC, f.period_start DESC, coalesce(s.published, '') DESC, f.key
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
