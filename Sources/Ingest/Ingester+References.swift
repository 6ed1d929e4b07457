import Foundation
import Storage

/// Sources and studies a row names: found in the database or the command, or listed as unknown
/// once every file is read.
extension Ingester {
    func sourceExists(_ key: String) throws -> Bool {
        if knownSources.contains(key) { return true }
        let exists = try db.integer("SELECT count(*) FROM sources WHERE key = ?", [key]) > 0
        if exists { knownSources.insert(key) }
        return exists
    }

    func studyExists(_ key: String) throws -> Bool {
        if knownStudies.contains(key) { return true }
        let exists = try db.integer("SELECT count(*) FROM studies WHERE key = ?", [key]) > 0
        if exists { knownStudies.insert(key) }
        return exists
    }

    /// `kind` is `.sources` or `.studies`, whose table has the same name. `unknown` is true when
    /// the message says the key is unknown, which `settleUnknownReferences` may say better.
    func unknownReference(_ what: String, _ key: String, kind: RecordKind) -> (message: String, unknown: Bool) {
        if let place = refusedKeys[kind]?[key] {
            return (Self.refusedReference(what, key, at: place), false)
        }
        let table = kind.rawValue
        if let other = try? otherKind(of: key, than: kind) {
            return (Self.otherKindMessage(key, is: other.what, not: what, table: table, goesIn: other.goesIn), false)
        }
        // Read once per file, not once per rejected row: a file may misspell one key a million times.
        let keys = referenceKeys[table] ?? {
            let read = (try? db.rows(kind == .sources ? "SELECT key FROM sources" : "SELECT key FROM studies")
                .compactMap { $0.string("key") }) ?? []
            referenceKeys[table] = read
            return read
        }()
        let message = Suggestions.message(
            "unknown \(what) \"\(key)\"", for: key, among: keys,
            expected: "expected the key of a \(what) in the database or in a \(table) file of the same command")
        return (message, true)
    }

    /// `"f1" is a figure, not a source; expected ...`: one wording for a key of another kind,
    /// stored or read in this command.
    static func otherKindMessage(_ key: String, is other: String, not what: String, table: String, goesIn: String) -> String {
        "\"\(key)\" is \(other), not a \(what); expected the key of a \(what) in the database or in a \(table) file of the same command (\(goesIn))"
    }

    /// Names again each reference listed as unknown whose key this command read as another kind
    /// (`UnknownReference`), in the report and in `ingest_rejects`: `"f9" is a figure of this
    /// command (line 5 of this file), not a source`, as a stored figure's key is named. Runs once
    /// every file is read, so that a key read after the row that names it counts too, and the
    /// message does not depend on how far the reading thread had got.
    func settleUnknownReferences() throws {
        guard let keys, !unknownReferences.isEmpty else { return }
        // Old and new message by file: few, however many rows name the keys.
        var replacements: [String: [(old: String, new: String)]] = [:]
        for reference in unknownReferences.values.sorted(by: { ($0.batch, $0.message) < ($1.batch, $1.message) }) {
            let others: [(kind: RecordKind, what: String, goesIn: String)] = [
                (.sources, "a source", "the source goes in source"), (.studies, "a study", "the study goes in study"),
                (.figures, "a figure", "a figure this row repeats goes in cites"),
            ].filter { $0.kind != reference.kind }
            guard let other = others.first(where: { keys.contains(reference.key, kind: $0.kind) }),
                  let read = keys.firstRead(reference.key, kind: other.kind), read.file < filesRead.count else { continue }
            let file = filesRead[read.file] == reference.file ? "this file" : filesRead[read.file]
            let refused = refusedKeys[other.kind]?[reference.key] != nil ? ", which was refused" : ""
            let what = "\(other.what) of this command (line \(read.line) of \(file)\(refused))"
            let message = Self.otherKindMessage(reference.key, is: what, not: reference.field, table: reference.kind.rawValue, goesIn: other.goesIn)
            // Made as the row's issue was, so that it is escaped and shortened the same way.
            let new = IngestIssue(file: reference.file, line: 0, column: 0, message: RowReader.shortened("\(reference.field): \(message)")).message
            replacements[reference.file, default: []].append((reference.message, new))
            guard options.onError == .skip else { continue }
            // The reasons of the batch's kept rows: the message is replaced where it stands among each row's others.
            try db.execute("UPDATE ingest_rejects SET reason = replace(reason, ?, ?) WHERE batch_id = ?", [reference.message, new, reference.batch])
        }
        guard !replacements.isEmpty else { return }
        for index in report.errors.indices {
            guard let found = replacements[report.errors[index].file] else { continue }
            let listed = report.errors[index].message
            // A derived key's note may follow the message (`IngestIssue.naming(derivedKey:)`).
            guard let (old, new) = found.first(where: { listed.hasPrefix($0.old) }) else { continue }
            report.errors[index].message = new + listed.dropFirst(old.count)
            // Named now as a key of another kind of this command: no longer unknown.
            report.errors[index].unknownReference = nil
        }
    }

    /// What `key` is when it is not a key of `kind` (`.sources` or `.studies`) but a figure's, a
    /// source's or a study's, with the field that takes it; nil when it is none of them.
    ///
    /// Why: a figure's key in `source`, or a source's in `study`, is the mix-up of keys `cites`
    /// already names (`Database.notAFigure`); "unknown source" sent the user looking for a typo.
    func otherKind(of key: String, than kind: RecordKind) throws -> (what: String, goesIn: String)? {
        if let owner = try db.keyOwner(key), owner.column != (kind == .sources ? "source" : "study") {
            return (owner.what, "the \(owner.column) goes in \(owner.column)")
        }
        if try db.integer("SELECT count(*) FROM figures WHERE key = ?", [key]) > 0 {
            return ("a figure", "a figure this row repeats goes in cites")
        }
        return nil
    }

    /// The message for a reference to a row this command refused: the key is not unknown, and
    /// the user should fix that row rather than look for a typo here.
    static func refusedReference(_ what: String, _ key: String, at place: String) -> String {
        "\(what) \"\(key)\" was refused at \(place) (see its error there); expected it to load: fix that row"
    }
}
