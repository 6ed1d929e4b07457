extension Database {
    /// Whether the main schema holds an object of `type` ("table", "index", "trigger", "view")
    /// named `name`: the one question the migrator and the bulk-load deferrals ask of `sqlite_schema`.
    public func schemaContains(_ type: String, named name: String) throws -> Bool {
        try integer("SELECT count(*) FROM sqlite_schema WHERE type = ? AND name = ?", [type, name]) > 0
    }
}
