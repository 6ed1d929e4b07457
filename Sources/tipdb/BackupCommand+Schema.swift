import Storage

extension TipDB.BackupCommand {
    /// What the output says about a copy whose schema is not this tipdb's: its version, and what
    /// to do next. Nil for a database of this tipdb's schema.
    ///
    /// Why say it: the copy is exact, so it has the old (or newer) schema too; a user backing up
    /// before `tipdb migrate` should see that the backup is done and the migration is next, and a
    /// user copying a newer tipdb's database should know this tipdb will not open the copy either.
    static func schemaNote(of db: Database, path: String, destination: String) throws -> String? {
        let migrator = Migrator()
        let version = try migrator.currentVersion(of: db)
        let latest = Migration.latestVersion
        if version > latest {
            return "the copy has schema version \(version), newer than this tipdb knows (\(latest)), as the database has: copied as it is; open either with a tipdb that knows version \(version)"
        }
        do {
            try migrator.validate(db)
        } catch SchemaError.checksumMismatch(_, let migration, let name) {
            return "the copy has migration \(migration) (\(name)) as another tipdb build applied it, as the database has: copied as it is; open either with that build"
        }
        if version < latest {
            return "the copy has schema version \(version), as the database has (this tipdb's is \(latest)); next: `tipdb migrate --db \(path)`, and \(destination) stays as it is to go back to"
        }
        return nil
    }
}
