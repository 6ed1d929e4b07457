import Storage

/// Which revisions fixed tipdb's own copy of a figure (loaded with `tipdb ingest --correction`:
/// a typing slip) rather than record a new number from its source (`figure_revisions.kind`).
///
/// Why briefs need to know: a brief prints a revision beside the number ("revised from 4,567"),
/// and a policy reader takes that as the publisher having revised its figure. The analyst's own
/// transcription fix is no such news; `report lineage` and SQL still show it.
enum RevisionCorrections {
    /// The ids of the corrections among the revisions `set` loaded; nothing is read when it
    /// loaded none, as for most briefs.
    static func ids(in set: FigureSet, db: Database) throws -> Set<Int64> {
        guard !set.revisions.isEmpty else { return [] }
        return Set(try db.rows("SELECT id FROM figure_revisions WHERE kind = 'correction'").compactMap { $0.int("id") })
    }
}
