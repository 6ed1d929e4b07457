extension FigureRows {
    /// The figures of second-hand copies (a source whose notes say `Republished by NAME as FILE`,
    /// `Source.republisher`) whose producer's own figure for the same measure, place, days, sex, age
    /// group, form and unit is one its bulk series' latest release no longer holds, with that
    /// release's date (`released`): the copy of a figure the producer dropped.
    ///
    /// Why: an Our World in Data download that republishes an older GLOTIP export gives the figure
    /// a newer export dropped; counted as its own, it came back as the key figure and in
    /// `latest_estimates`, although a copy counts as its producer's data (m0051 writes this list
    /// out in SQL). The producer is the one the two sources' labels name (`UNODC 2024a` and
    /// `UNODC 2025`: the lead names without the year), as `SourceLabel` abbreviates a copy's
    /// producer and the export's publisher alike. A row the latest release holds but tipdb
    /// refused (`$.refused`) is no drop; nor is a copy published after that release (its
    /// producer's publication is newer than the database's latest export of it). Figures with a
    /// breakdown are left out, as `latest_estimates` leaves them out.
    static let droppedProducerCopies = """
        SELECT c.key AS figure, latest.released AS released
        FROM series_figures sf
        JOIN series_vintages latest ON latest.id = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series)
        JOIN figures p ON p.key = sf.figure
        JOIN source_labels pl ON pl.source = p.source
        JOIN figures c ON c.measure = p.measure AND c.place = p.place
            AND c.period_end BETWEEN substr(p.period_end, 1, 4) AND substr(p.period_end, 1, 4) || '-99'
            AND c.unit = p.unit AND c.sex = p.sex AND c.age_group = p.age_group AND c.form IS p.form
        JOIN sources cs ON cs.key = c.source
        JOIN source_labels cl ON cl.source = c.source
        WHERE sf.last_vintage < latest.id
          AND ' ' || coalesce(cs.notes, '') LIKE '% Republished by % as %'
          AND (cs.published IS NULL OR cs.published < latest.released)
          AND rtrim(cl.short_label, '0123456789') = rtrim(pl.short_label, '0123456789')
          AND (c.period_start = p.period_start AND c.period_end = p.period_end
               OR CASE length(c.period_start) WHEN 4 THEN c.period_start || '-01-01' WHEN 7 THEN c.period_start || '-01' ELSE c.period_start END
                  = CASE length(p.period_start) WHEN 4 THEN p.period_start || '-01-01' WHEN 7 THEN p.period_start || '-01' ELSE p.period_start END
                  AND CASE length(c.period_end) WHEN 4 THEN c.period_end || '-12-31' WHEN 7 THEN coalesce(date(c.period_end || '-01', '+1 month', '-1 day'), c.period_end) ELSE c.period_end END
                  = CASE length(p.period_end) WHEN 4 THEN p.period_end || '-12-31' WHEN 7 THEN coalesce(date(p.period_end || '-01', '+1 month', '-1 day'), p.period_end) ELSE p.period_end END)
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure IN (c.key, p.key))
          AND NOT EXISTS (
              SELECT 1 FROM ingest_batches b, json_each(b.options, '$.refused') j
              WHERE b.id >= latest.batch_id AND b.format = 'glotip' AND json_valid(b.options)
                AND b.options ->> '$.series' = sf.series AND j.value = sf.figure)
        """
}
