-- m0049: a figure a newer Our World in Data download dropped is no latest estimate.
--
-- A GLOTIP figure that the latest export of its series no longer holds is kept, marked, and never a
-- latest estimate (series_figures.last_vintage behind the series' latest vintage). An Our World in
-- Data chart's downloads are not vintages: each load records the chart (options ->> '$.series') and the
-- figures of earlier downloads this one no longer gives (options ->> '$.absent', the list tipdb retract
-- reads), and the figure stayed a latest estimate, so a brief made it a key figure while its tables
-- said "not in the latest download". latest_estimates now leaves out a figure in the absent list of
-- its chart's latest load, as briefs do (FigureRows.narrowed); only figures of a chart (keys starting
-- owid-) are looked up. Nothing else in the view changes from m0044, whose comments explain the rest.
-- The view is recreated whole, as SQLite requires. Running this again changes nothing.
DROP VIEW IF EXISTS latest_estimates;

CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place: of the figures whose method agrees with what the measure counts (an estimate stored under a count from records, or a count from records under a prevalence estimate, is chosen only when there is no other, as briefs pass it over: tipdb check names it), the one whose reference period ends last, by its last day (2020-2021 ends after 2021-03; a figure whose source does not state its period is ranked by the publication year standing in for it, the latest its period can end: period_basis says which), then one whose source states its period before one whose source does not, then the one covering whole years, then whole months, by its days (the year 2020, written 2020, 2020-01/2020-12 or 2020-01-01/2020-12-31, not its December), then the one that starts last, then a producer's own figure before a second-hand copy (a source whose notes say "Republished by NAME as FILE", as an Our World in Data download's do: the copy is the producer's data at second hand, published later), then the one whose source's publication date sorts last as text (2019-05 after 2019, an undated source last: dates of different precision within a year cannot really be ordered), then the key (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series or the latest download of its Our World in Data chart, not derived from a dataset version a newer derived version supersedes). Every measure has its row, counts from records too: counts says what the measure counts (a detected count is not a prevalence estimate), so compare only rows that agree on it.
SELECT
    measure, -- measure code
    place, -- place code
    figure, -- key of the most recent primary figure
    value, -- its value (NULL when censored, or published only as a range: see low and high)
    censored, -- 1 when censored
    low, -- lower bound
    high, -- upper bound
    unit, -- unit
    period_start, -- reference period start
    period_end, -- reference period end
    source, -- its source
    method, -- how it was obtained
    ci_level, -- confidence level of low..high as a fraction (NULL: a range, not a confidence interval, or no bounds)
    period_basis, -- stated when the source states the reference period; publication when it does not, and period_start..period_end is the source's publication year standing in for it (the figure may describe an earlier period: briefs write "period not stated")
    counts, -- what the measure counts: prevalence-estimate, detected-count, criminal-justice-count, money, rate or index (measures.counts)
    concept -- the measure's concept: trafficking, forced-labour, forced-marriage, modern-slavery, child-labour or other (measures.concept)
FROM (
    SELECT measure, place, figure, value, censored, low, high, ci_level, unit, period_start, period_end, source, method, period_basis,
        counts, concept, row_number() OVER (
            PARTITION BY measure, place
            ORDER BY CASE WHEN (method = 'estimated' AND counts IN ('detected-count', 'criminal-justice-count'))
                    OR (method = 'detected' AND counts = 'prevalence-estimate') THEN 1 ELSE 0 END,
                last_day DESC, period_basis = 'publication',
                CASE WHEN substr(first_day, 5) = '-01-01' AND substr(last_day, 5) = '-12-31' THEN 0
                     WHEN substr(first_day, 9) = '01' AND last_day = date(substr(last_day, 1, 7) || '-01', '+1 month', '-1 day') THEN 1
                     ELSE 2 END,
                first_day DESC, copy, published DESC, figure
        ) AS rank
    FROM (
    SELECT f.measure, f.place, f.key AS figure, f.value, f.censored, f.low, f.high, f.ci_level, f.unit, f.period_start,
        f.period_end, f.source, f.method, f.period_basis, m.counts, m.concept, coalesce(s.published, '') AS published,
        CASE WHEN ' ' || coalesce(s.notes, '') LIKE '% Republished by % as %' THEN 1 ELSE 0 END AS copy,
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
      AND NOT (f.key GLOB 'owid-*' AND EXISTS (
          SELECT 1 FROM ingest_batches b, json_each(b.options, '$.absent') j
          WHERE b.format = 'owid' AND json_valid(b.options) AND j.value = f.key
            AND b.id = (SELECT max(c.id) FROM ingest_batches c
                        WHERE c.format = 'owid' AND json_valid(c.options) AND c.options ->> '$.absent' IS NOT NULL
                          AND c.options ->> '$.series' = b.options ->> '$.series')))
      AND NOT EXISTS (
          SELECT 1 FROM datasets d
          JOIN datasets newer ON newer.name = d.name AND newer.version > d.version
          WHERE d.source = f.source AND EXISTS (SELECT 1 FROM derivations r WHERE r.dataset_id = newer.id))
    )
)
WHERE rank = 1;
