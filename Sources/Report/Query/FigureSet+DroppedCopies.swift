import Storage

extension FigureSet {
    /// Reads the second-hand copies of figures their producer's latest release dropped
    /// (`FigureRows.droppedProducerCopies`), with that release's date, into `droppedFromLatest`
    /// and `droppedCopies`.
    ///
    /// Why beside the producer's own: the copy is the producer's figure at second hand, so a brief
    /// marks it as it marks the producer's (never a key figure, "not in its producer's latest
    /// release") rather than as current because its own download still gives it.
    mutating func loadDroppedCopies(from db: Database) throws {
        for row in try db.rows(FigureRows.droppedProducerCopies) {
            guard let key = row.string("figure"), let released = row.string("released") else { continue }
            // A copy whose own latest download dropped it too is said so (its own series' words).
            guard droppedFromLatest[key] == nil else { continue }
            droppedFromLatest[key] = released
            droppedCopies.insert(key)
        }
    }
}
