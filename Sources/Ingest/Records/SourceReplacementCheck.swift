import Storage

/// Ingest's warning for a sources row that gives a stored key another publication's title: the
/// figures citing the key now cite that publication, and briefs print the new title beside the
/// old source's authors and report series.
///
/// Why a warning and not a refusal: an update by key is how a title is corrected, and the row is
/// written as the user asked. But a colleague's file that reuses a key (`ilo-2005-global-alliance`
/// for a paper on brick kilns) re-pointed six figures with no word (review of session 38), and
/// the brief then cited "International Labour Office (2005). Forced labour in brick kilns of
/// Punjab. … Geneva: Colleague NGO."
///
/// A corrected title (a typo, capitals, a subtitle added) shares most of its words with the stored
/// one and is not warned about; titles sharing fewer than half of the shorter one's words name two
/// publications.
enum SourceReplacementCheck {
    /// The warning for `row`, which updates `stored` to `merged`, when the title is replaced and
    /// figures cite the source; at the title cell.
    static func warnings(for row: RowReader, stored: Source?, merged: Source, db: Database) throws -> [IngestIssue] {
        guard let stored, isReplaced(stored.title, by: merged.title) else { return [] }
        let citing = try db.integer("SELECT count(*) FROM figures WHERE source = ?", [stored.key])
        guard citing > 0, let field = row.field("title") else { return [] }
        let figures = citing == 1 ? "1 figure cites" : "\(citing) figures cite"
        return [IngestIssue(
            file: row.file, line: field.line, column: field.column,
            message: "title: source \(stored.key) was \"\(stored.title)\"\(by(stored)), which \(figures); this row makes it "
                + "\"\(merged.title)\"\(by(merged)), and \(citing == 1 ? "that figure now cites" : "those figures now cite") it. "
                + "If this is another publication, give it a key of its own; loaded as written")]
    }

    /// Whether `new` names another publication than `old`: fewer than half of the shorter title's
    /// words (letters and digits, any case) are in both; a subtitle added or dropped is no other.
    static func isReplaced(_ old: String, by new: String) -> Bool {
        let (a, b) = (words(old), words(new))
        guard a != b else { return false }
        let shared = a.intersection(b).count
        return shared * 2 < min(a.count, b.count)
    }

    private static func words(_ title: String) -> Set<String> {
        Set(title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    /// ` (Publisher)`, or nothing for a source without one.
    private static func by(_ source: Source) -> String {
        source.publisher.map { " (\($0))" } ?? ""
    }
}
