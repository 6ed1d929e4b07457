import Storage

/// Ingest's warning for a sources row that gives a stored key another publication's title, or
/// another version or DOI (another release of a data set): the figures citing the key now cite
/// that publication, and briefs print the new title beside the old source's authors and report
/// series, or the new release's DOI for numbers taken from the old one.
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
    /// The warning for `row`, which updates `stored` to `merged`, when the title is replaced, or the
    /// version or DOI (`releaseChange`), and figures cite the source; at the cell that changed.
    static func warnings(for row: RowReader, stored: Source?, merged: Source, db: Database) throws -> [IngestIssue] {
        guard let stored else { return [] }
        let replaced = isReplaced(stored.title, by: merged.title)
        let release = releaseChange(stored, merged)
        guard replaced || release != nil else { return [] }
        let citing = try db.integer("SELECT count(*) FROM figures WHERE source = ?", [stored.key])
        guard citing > 0 else { return [] }
        let figures = citing == 1 ? "1 figure cites" : "\(citing) figures cite"
        let now = citing == 1 ? "that figure now cites" : "those figures now cite"
        if replaced, let field = row.field("title") {
            return [IngestIssue(
                file: row.file, line: field.line, column: field.column,
                message: "title: source \(stored.key) was \"\(stored.title)\"\(by(stored)), which \(figures); this row makes it "
                    + "\"\(merged.title)\"\(by(merged)), and \(now) it. "
                    + "If this is another publication, give it a key of its own; loaded as written")]
        }
        guard let release else { return [] }
        // A CSL item's version stays in csl, with no cell of its own: its DOI's, else the item's.
        let field = row.field(release.cell)
        return [IngestIssue(
            file: row.file, line: field?.line ?? row.record.line, column: field?.column ?? row.record.column,
            message: "\(release.field): source \(stored.key) was \(release.was), which \(figures); this row makes it \(release.now), "
                + "and \(now) it. Another version or DOI is another release, whose data may differ: give it a key of its own "
                + "(such as \(stored.key)-\(release.suffix)) and cite it from the figures taken from it; loaded as written, "
                + "the earlier values kept in source_revisions")]
    }

    /// How `merged` names another release of a data set than `stored`: another DOI or another
    /// version, both stated (a DOI or version added where none was is a completion, not another
    /// release). The field to point at, the stored and given text, and a key suffix to suggest.
    ///
    /// Why: two versions are two publications (`Source.version`), and a deposit's new version has
    /// a new DOI; loaded under the key of the old one, every figure taken from version 1.2 was
    /// cited to 1.3's DOI with no word (review of session 54), which no reader can reproduce.
    static func releaseChange(_ stored: Source, _ merged: Source) -> (field: String, cell: String, was: String, now: String, suffix: String)? {
        let (oldVersion, newVersion) = (stored.version, merged.version)
        let versionChanged = oldVersion != nil && newVersion != nil && oldVersion != newVersion
        let (oldDOI, newDOI) = (stored.doi?.lowercased(), merged.doi?.lowercased())
        let doiChanged = oldDOI != nil && newDOI != nil && oldDOI != newDOI
        let suffix = "v" + (newVersion ?? "2").replacingOccurrences(of: ".", with: "-")
        if versionChanged, let oldVersion, let newVersion {
            let doi = doiChanged ? " (DOI \(stored.doi ?? ""))" : ""
            let newDOIText = doiChanged ? " (DOI \(merged.doi ?? ""))" : ""
            return ("version", doiChanged ? "doi" : "version", "version \(oldVersion)\(doi)", "version \(newVersion)\(newDOIText)", suffix)
        }
        if doiChanged, let old = stored.doi, let new = merged.doi {
            return ("doi", "doi", "DOI \(old)", "DOI \(new)", suffix)
        }
        return nil
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
