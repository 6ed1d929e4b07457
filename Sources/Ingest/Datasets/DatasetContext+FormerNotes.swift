import Storage

extension DatasetContext {
    /// Writes `source` as `Database.upsert` does, but a stored source that differs only by notes
    /// worded as an earlier tipdb wrote them for the same file (`formerNotes`) is unchanged, and
    /// keeps its stored notes.
    ///
    /// Why: when tipdb words a source's notes better (a sentence ended, a claim made true), loading
    /// the same file again must still say the source is unchanged and keep no revision: nothing
    /// in the file changed. The new wording is written when something else about the source does.
    func upsert(_ source: Source, formerNotes: String) throws -> WriteOutcome {
        if formerNotes != source.notes, var stored = try db.source(key: source.key), stored.notes == formerNotes {
            stored.notes = source.notes
            if stored == source { return .unchanged }
        }
        return try db.upsert(source, batch: batch, at: now)
    }
}
