-- m0044: places and labels a user-reviewer found wrong (session 36).
--
-- 1. `Europe & Central Asia`, with the ampersand, is the World Bank's spelling of its own region
--    (which leaves out Israel, among others); m0003 made it an alias of the ILO's Europe and
--    Central Asia, so a World Bank figure was stored for the ILO's set of countries without a
--    word. As with plain `North America`, a name another publisher uses for another set names
--    nothing: the alias is removed, and the ILO's region is still written `Europe and Central
--    Asia` or `ILO-EUROPE-CENTRAL-ASIA`. Figures already stored keep their place.
-- 2. latest_estimates.concept listed four of the six concepts measures.concept allows; the view
--    is recreated whole (as SQLite requires) with the description corrected, its rows unchanged.
-- 3. Sources are relabelled after this migration (Migrator's follow-up): an author written
--    `Ministry of Labour, Government of Ghana` is an organisation, cited whole, no longer as a
--    person named "Ministry of Labour".
-- Running this again changes nothing.
DELETE FROM place_aliases WHERE alias = 'Europe & Central Asia' AND place = 'ILO-EUROPE-CENTRAL-ASIA';

DROP VIEW IF EXISTS latest_estimates;

CREATE VIEW latest_estimates AS -- The most recent primary estimate for each measure and place: the one whose reference period ends last, by its last day (2020-2021 ends after 2021-03; a figure whose source does not state its period is ranked by the publication year standing in for it, the latest its period can end: period_basis says which), then one whose source states its period before one whose source does not, then the one covering whole years, then whole months, by its days (the year 2020, written 2020, 2020-01/2020-12 or 2020-01-01/2020-12-31, not its December), then the one that starts last, then a producer's own figure before a second-hand copy (a source whose notes say "Republished by NAME as FILE", as an Our World in Data download's do: the copy is the producer's data at second hand, published later), then the one whose source's publication date sorts last as text (2019-05 after 2019, an undated source last: dates of different precision within a year cannot really be ordered), then the key (whole population, the measure's own unit, no breakdown, still in the latest vintage of its series, not derived from a dataset version a newer derived version supersedes). Every measure has its row, counts from records too: counts says what the measure counts (a detected count is not a prevalence estimate), so compare only rows that agree on it.
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
            ORDER BY last_day DESC, period_basis = 'publication',
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
      AND NOT EXISTS (
          SELECT 1 FROM datasets d
          JOIN datasets newer ON newer.name = d.name AND newer.version > d.version
          WHERE d.source = f.source AND EXISTS (SELECT 1 FROM derivations r WHERE r.dataset_id = newer.id))
    )
)
WHERE rank = 1;
