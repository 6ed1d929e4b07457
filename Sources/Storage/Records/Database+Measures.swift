extension Database {
    /// The measure with `code` and the batch that loaded it from a measures file (nil for one of
    /// tipdb's own measures, `measures.batch_id` NULL), or nil when there is none.
    public func measure(code: String) throws -> (measure: Measure, batch: Int64?)? {
        guard let row = try rows("SELECT * FROM measures WHERE code = ?", [code]).first else { return nil }
        return (Measure(row: row), row.int("batch_id"))
    }

    /// How many figures state `measure`: a user's measure that figures use keeps what they were
    /// read under (what it counts, its concept and its usual unit).
    public func figureCount(measure code: String) throws -> Int64 {
        try integer("SELECT count(*) FROM figures WHERE measure = ?", [code])
    }

    /// Writes a measure a user defined, recording `batch` as the batch that loaded it; an update
    /// rewrites the stored one (the caller has checked that it is the user's own), keeping what it
    /// held in `measure_revisions` (m0064: a definition figures were read against was gone once a
    /// file rewrote it).
    public func writeMeasure(_ measure: Measure, batch: Int64, update: Bool, at now: String) throws {
        let values: [any DatabaseValueConvertible] = [
            measure.code, measure.label, measure.counts, measure.concept, measure.definition, measure.legalBasis,
            measure.parent, measure.defaultUnit, batch,
        ]
        if update {
            try keepMeasureRevision(of: measure.code, batch: batch, at: now)
            try execute(
                """
                UPDATE measures SET label = ?2, counts = ?3, concept = ?4, definition = ?5, legal_basis = ?6, parent = ?7,
                    default_unit = ?8, batch_id = ?9
                WHERE code = ?1
                """, values)
        } else {
            try execute(
                """
                INSERT INTO measures (code, label, counts, concept, definition, legal_basis, parent, default_unit, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, values)
        }
    }
}
