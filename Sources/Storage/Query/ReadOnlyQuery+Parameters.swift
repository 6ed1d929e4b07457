extension ReadOnlyQuery {
    /// Binds each parameter of `statement` to the value given under its name.
    ///
    /// SQLite numbers parameters from 1 and gives a nameless slot both to a plain `?` and to each
    /// number a `?NNN` skips (`?3` alone makes slots 1 and 2). Only a plain `?` in the text is
    /// refused: a skipped slot is not in the statement, so it stays unbound.
    static func bind(_ parameters: [(name: String, value: DatabaseValue)], to statement: Statement, sql: String) throws {
        var byName: [String: DatabaseValue] = [:]
        for parameter in parameters {
            byName[bareName(parameter.name)] = parameter.value
        }
        var used = Set<String>()
        let count = statement.parameterCount
        if count > 0 && hasPlainParameter(sql) { throw SQLRefusal.plainParameter }
        for index in 1...max(1, count) where index <= count {
            guard let name = statement.parameterName(at: index) else { continue }
            let bare = String(name.dropFirst())
            guard let value = byName[bare] else { throw SQLRefusal.missingParameter(name) }
            used.insert(bare)
            try statement.bind(value, at: index)
        }
        if let unknown = parameters.first(where: { !used.contains(bareName($0.name)) }) {
            throw SQLRefusal.unknownParameter(unknown.name)
        }
    }

    /// A `--param` name without the prefix it may be written with (`:key`, `@key`, `$key`, `?1`).
    private static func bareName(_ name: String) -> String {
        String(name.drop(while: { ":@$?".contains($0) }))
    }

    /// Whether `sql` holds a `?` not followed by a digit outside string literals, quoted
    /// identifiers and comments: SQLite's anonymous parameter, which has no name to bind by.
    static func hasPlainParameter(_ sql: String) -> Bool {
        let bytes = Array(sql.utf8)
        var index = 0
        func skip(past closing: UInt8) {
            index += 1
            while index < bytes.count {
                if bytes[index] == closing {
                    // A doubled quote inside a literal or identifier is part of it.
                    if closing != UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == closing {
                        index += 2
                        continue
                    }
                    return
                }
                index += 1
            }
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                skip(past: bytes[index])
            case UInt8(ascii: "["):
                skip(past: UInt8(ascii: "]"))
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"):
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                index += 2
                while index + 1 < bytes.count && !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                index += 1
            case UInt8(ascii: "?"):
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }
}
