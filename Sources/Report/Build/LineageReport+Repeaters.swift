import Storage

extension LineageReport {
    /// Every figure repeating `key`, directly or through other repeats, nearest first (then by
    /// key): the figures `tipdb retract` names when it refuses to withdraw `key`
    /// (`Database.figuresResting(on:)`).
    static func repeaters(of key: String, in db: Database) throws -> [RestingFigure] {
        try db.figuresResting(on: key)
    }
}
