extension Migrator {
    /// A fresh in-memory database with every migration applied: tipdb's schema as it should be,
    /// for comparing a database's own objects with it (`tipdb check`'s schema and broken-view
    /// findings, `tipdb migrate --repair`). The caller closes it.
    public static func reference() throws -> Database {
        let reference = try Database.inMemory()
        do {
            try Migrator().migrate(reference)
        } catch {
            reference.close()
            throw error
        }
        return reference
    }
}
