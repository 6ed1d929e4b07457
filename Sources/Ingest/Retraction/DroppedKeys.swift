import Storage

/// Whether a figure of a bulk series is one its latest release no longer publishes: a key in the
/// `absent` list that the latest load of its series (a GLOTIP export's vintage, an Our World in
/// Data chart's download) recorded in its batch's options (`DroppedFigures`).
///
/// Why retract takes such a figure: its series' next load would not write it again (the latest
/// release lacks it, an older one is refused or writes nothing), so the reason retract gives for
/// every other figure of a bulk dataset, that its next load brings it back, would be false. A
/// row the latest release holds but refused is not in the list (its loader leaves it out).
enum DroppedKeys {
    /// The series whose latest load no longer publishes `key`, with that load's batch; nil when
    /// the latest load of every series holds it (or it belongs to none).
    static func release(droppingKey key: String, db: Database) throws -> (series: String, batch: Int64)? {
        guard let row = try db.rows(
            """
            SELECT b.id, b.options ->> '$.series' AS series
            FROM ingest_batches b, json_each(b.options, '$.absent') j
            WHERE b.format IN ('glotip', 'owid') AND json_valid(b.options) AND j.value = ?1
                AND b.id = (SELECT max(c.id) FROM ingest_batches c
                            WHERE c.format = b.format AND json_valid(c.options) AND c.options ->> '$.absent' IS NOT NULL
                                AND c.options ->> '$.series' = b.options ->> '$.series')
            """, [key]).first, let series = row.string("series"), let batch = row.int("id") else { return nil }
        return (series, batch)
    }
}
