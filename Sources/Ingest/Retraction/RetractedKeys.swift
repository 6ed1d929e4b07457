import Storage

/// The figure keys `tipdb retract` withdrew and nothing has loaded since, which a load skips.
///
/// Why: a retraction is a decision about a figure, not about one file. Without this, the next
/// load of the file that wrote it (a figures file not yet corrected, an Our World in Data file
/// whose figure a figures file had taken over, a derivation) inserted it again as a new figure,
/// silently undoing the retraction in every brief. A skipped row is counted on its file's
/// summary line and named in a note, and `--restore-retracted` loads such keys again on purpose.
///
/// A key stored in `figures` now is no longer withdrawn (restored, or loaded before this rule):
/// it updates as any figure does.
public struct RetractedKeys: Sendable {
    /// When, by which batch and why each key was withdrawn (its latest retraction).
    private let retractions: [String: (day: String, batch: Int64, reason: String)]

    /// No key is skipped: `--restore-retracted`, and callers that write no figures.
    public static let none = RetractedKeys(retractions: [:])

    private init(retractions: [String: (day: String, batch: Int64, reason: String)]) {
        self.retractions = retractions
    }

    /// Reads the latest retraction of every key not in `figures` now: one query per command,
    /// since retractions are few and every row of a load is looked up.
    public static func read(from db: Database) throws -> RetractedKeys {
        var retractions: [String: (day: String, batch: Int64, reason: String)] = [:]
        for row in try db.rows(
            """
            SELECT r.figure, r.batch_id, r.retracted_at, r.reason FROM figure_retractions r
            WHERE NOT EXISTS (SELECT 1 FROM figures f WHERE f.key = r.figure)
            ORDER BY r.id
            """) {
            guard let key = row.string("figure") else { continue }
            retractions[key] = (String((row.string("retracted_at") ?? "").prefix(10)), row.int("batch_id") ?? 0, row.string("reason") ?? "")
        }
        return RetractedKeys(retractions: retractions)
    }

    /// Whether `key` was withdrawn and is to be skipped.
    ///
    /// Every row of a load asks, and most databases have no retraction: an empty list hashes no key.
    public func contains(_ key: String) -> Bool { !retractions.isEmpty && retractions[key] != nil }

    /// `retracted on 2026-12-05 (batch 5: "fabricated survey")`, as the notes below word a
    /// retraction, or nil when `key` was not withdrawn.
    public func withdrawal(of key: String) -> String? {
        guard !retractions.isEmpty, let retraction = retractions[key] else { return nil }
        return "retracted on \(retraction.day) (batch \(retraction.batch): \(JSONString.literal(retraction.reason)))"
    }

    /// The note for a row whose key was retracted, or nil when it was not: the row is skipped.
    ///
    /// - Parameter remedy: how to bring it back, from the command that skipped it.
    public func note(for key: String, remedy: String = Self.ingestRemedy) -> String? {
        guard !retractions.isEmpty, let retraction = retractions[key] else { return nil }
        return "figure \"\(key)\" was retracted on \(retraction.day) (batch \(retraction.batch): \(JSONString.literal(retraction.reason))); "
            + "skipped, so that it does not come back; \(remedy)"
    }

    /// Why a `cites` naming `key` finds no figure, when `tipdb retract` withdrew it and this
    /// command did not load it again; nil when it was not withdrawn.
    ///
    /// `--restore-retracted` loads again only the rows the command is given, so the cited figure
    /// comes back when its row is in the same command; the message says so either way, and when
    /// and why the figure went, as the note of a skipped row does.
    ///
    /// - Parameter restoring: the command was run with `--restore-retracted`.
    public func citedMessage(for key: String, restoring: Bool) -> String? {
        guard !retractions.isEmpty, let retraction = retractions[key] else { return nil }
        let withdrawn = "figure \"\(key)\" was retracted on \(retraction.day) (batch \(retraction.batch): \(JSONString.literal(retraction.reason)))"
        let expected = "expected a figure in the database or in this command"
        if restoring {
            return "\(withdrawn), and this command does not restore it (--restore-retracted loads again only the rows it is given); "
                + "\(expected): give its row in this command too, or cite another figure"
        }
        return "\(withdrawn), and loads skip it; \(expected): cite another figure, or restore it by running the command with --restore-retracted and its row"
    }

    /// How `tipdb ingest` loads a retracted key again.
    public static let ingestRemedy = "to load it again as a new figure, run the command with --restore-retracted"
    /// How a figure `tipdb derive` skipped comes back: derive has no option for it.
    public static let deriveRemedy = "to bring it back, load a figures file giving its key with tipdb ingest --restore-retracted, then derive again"
}
