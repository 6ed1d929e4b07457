import Storage

/// Loads a CTDC case-level file (the Global Dataset or the Global Synthetic Dataset) into
/// `cases`, as a version of a named dataset.
///
/// The same file (same SHA-256) under the same name writes no rows, and leaves its source as it is,
/// except for the dates a tipdb from before CTDC sources were dated did not give it; a different
/// file under the name is the next version, and earlier versions stay. Each version is cited as
/// CTDC asks: published on `--released` (else the file's modification date, with a note),
/// accessed on the day it was loaded. Every row is one person: rows are
/// never de-duplicated. Columns that look like direct identifiers are refused, or skipped with
/// `--allow-identifiers`, which is reported loudly.
struct CTDCLoader {
    let context: DatasetContext

    func load(summary: inout FileSummary, progress: ((Ingester.Progress) -> Void)?) throws -> DatasetOutcome {
        let file = context.path
        let reader: CSVReader
        let header: CTDCHeader
        let headerLine: Int
        do {
            reader = try CSVReader(path: file, dialect: .csv)
            let empty = IngestIssue(file: file, line: 1, column: 1, message: "empty file; expected the CTDC header (yearOfRegistration, gender, ageBroad, ...)")
            guard let first = try reader.next() else { return .stop(empty) }
            if first.isBlankRow {
                // Read on only after the last use of `first`: the next record replaces it.
                guard try reader.next() != nil else { return .stop(empty) }
                return .stop(IngestIssue(file: file, line: 1, column: 1, message: "the first line is blank; expected the CTDC header (yearOfRegistration, gender, ageBroad, ...) on line 1 (remove the blank lines before it)"))
            }
            if let problem = first.problem { throw problem }
            headerLine = first.line
            let names = (0..<first.count).map { first.string(at: $0) }
            header = try CTDCHeader(names: names, file: file, line: first.line, column: { first.column(at: $0) },
                                    allowIdentifiers: context.options.allowIdentifiers)
        } catch let error as CSVError {
            return .stop(IngestIssue(error, file: file))
        } catch let problems as CTDCHeader.Problems {
            return DatasetOutcome(errors: problems.issues, fatal: true)
        }
        describe(header, line: headerLine, summary: &summary)

        let name = context.options.dataset ?? header.variant.rawValue
        guard KeyRules.isValid(name) else {
            return .stop(IngestIssue(file: file, line: 0, column: 0, message: "--dataset: \(KeyRules.message(name))"))
        }
        // The file is hashed beside the load. Only a file of the same size as a version already
        // loaded can be that version again: then the digest decides first whether to load at all.
        let checksum = BackgroundChecksum(path: file)
        let datasets = DatasetVersions(db: context.db, name: name)
        if try datasets.hasVersion(ofSize: context.size) {
            let sha256 = try checksum.value()
            try record(sha256)
            if let loaded = try datasets.version(sha256: sha256) {
                let outcome = try reread(loaded, name: name, header: header, summary: &summary, progress: progress)
                if !outcome.fatal { try fillMissingDates(of: loaded, name: name, summary: &summary) }
                try noteReleasedUnused(source: loaded.source, summary: &summary)
                return outcome
            }
        }
        if let other = try datasets.variantInUse(), other != header.variant.rawValue {
            return .stop(IngestIssue(file: file, line: headerLine, column: 1,
                                     message: "dataset \(name) holds \(other) files; this file is \(header.variant.rawValue): give it its own --dataset name"))
        }
        let version = try datasets.nextVersion()
        let named: String?
        do {
            named = try context.namedSource()
        } catch let issue as IngestIssue {
            return .stop(issue)
        }
        let dates = named == nil ? try sourceDates(summary: &summary) : nil
        if let named, let given = context.options.released {
            summary.notes.append("--released \(given) not used: --source \(named) names the source this file is cited by, with its own date")
        }
        let published = try dates?.published ?? named.flatMap { try context.db.source(key: $0)?.published }
        if let published, let refusal = try olderRelease(published, name: name, named: named) { return .stop(refusal) }
        let source = try named ?? writeSource(name: name, version: version, variant: header.variant, sha256: nil, dates: dates)
        let dataset = try datasets.create(
            version: version, variant: header.variant, file: StoredFileName.of(file), sha256: "pending:\(context.batch)", source: source,
            aliases: header.aliases, personalData: !header.identifiers.isEmpty, batch: context.batch, at: context.now)

        var rejects = RejectLog(context: context)
        let rows = CaseRows(context: context, header: header, dataset: dataset)
        switch try rows.insert(summary: &summary, rejects: &rejects, progress: progress) {
        case .failure(let issue):
            // The case reader stopped at a defect in the bytes (`CaseParser`).
            summary.stoppedReading = ReadingStop(issue)
            return DatasetOutcome(rejects: rejects, adding: [issue], fatal: true)
        case .success(let inserted):
            // A header without rows is no release: as the newest version, it would be what
            // `tipdb derive` counts by default (an empty figures file is refused too).
            if inserted == 0 && rejects.rows == 0 {
                return .stop(IngestIssue(file: file, line: headerLine, column: 1, message: "the file holds no case rows: its header is its last line; expected at least one row below the header (a file without rows would become version \(version) of dataset \(name), with nothing to derive)"))
            }
            let sha256 = try checksum.value()
            try record(sha256)
            if named == nil { _ = try writeSource(name: name, version: version, variant: header.variant, sha256: sha256, dates: dates) }
            summary.inserted = inserted
            summary.rejected = rejects.rows
            try datasets.finish(dataset, rows: inserted, rejected: rejects.rows, sha256: sha256)
            summary.writes.append("dataset \(name) version \(version) (\(header.variant.title), sha256 \(sha256.prefix(12))…): \(inserted) case rows, source \(source); they are the rows of the cases table with dataset_id \(dataset)")
            return DatasetOutcome(rejects: rejects, fatal: false)
        }
    }

    /// The same file as version `loaded` of the dataset: nothing is written, but the rows are read
    /// and checked again, so that the summary counts the rows the file holds and the rows refused
    /// when it was loaded with `--on-error skip` are listed again (exit 1), as any file's are. A
    /// quiet "nothing to do" hid them, and the version holds only the rows that loaded.
    private func reread(
        _ loaded: DatasetVersions.LoadedVersion, name: String, header: CTDCHeader, summary: inout FileSummary,
        progress: ((Ingester.Progress) -> Void)?
    ) throws -> DatasetOutcome {
        var rejects = RejectLog(context: context)
        let rows = CaseRows(context: context, header: header, dataset: nil)
        switch try rows.insert(summary: &summary, rejects: &rejects, progress: progress) {
        case .failure(let issue):
            // The case reader stopped at a defect in the bytes (`CaseParser`).
            summary.stoppedReading = ReadingStop(issue)
            return DatasetOutcome(rejects: rejects, adding: [issue], fatal: true)
        case .success(let kept):
            summary.unchanged = kept
            summary.rejected = rejects.rows
            var note = "already loaded as dataset \(name) version \(loaded.version) (same sha256): nothing written"
            if rejects.rows > 0 {
                note += "; version \(loaded.version) holds the \(loaded.rows) row\(loaded.rows == 1 ? "" : "s") that loaded, without the \(rejects.rows) listed, refused then too: fix them in the file, which then loads as the next version"
            }
            if kept != loaded.rows || rejects.rows != loaded.rejected {
                note += "; this tipdb reads \(kept) row\(kept == 1 ? "" : "s") of the file where version \(loaded.version) holds \(loaded.rows) (its checks changed since): the version stays as loaded"
            }
            summary.notes.append(note)
            return DatasetOutcome(rejects: rejects, fatal: false)
        }
    }

    /// Why a new version dated `published` may not follow the versions of `name` already loaded:
    /// it is older than the latest one's release, or nil. Versions are numbered in loading order
    /// and `tipdb derive` counts the latest by default, so an older release loaded after a newer
    /// one would present old counts as the current ones (GLOTIP refuses such an export too).
    ///
    /// Dates are compared on the part both give (`2024` against `2024-03-01` is no conflict).
    ///
    /// Why no longer "or load it under another --dataset name": followed, it took the two releases
    /// out of the audit between versions, and their tables, derived apart, let a reader count the 3
    /// people added in Moldova; derive now refuses such a pair (`SamePeople`), and the message says
    /// how to derive from both.
    private func olderRelease(_ published: String, name: String, named: String?) throws -> IngestIssue? {
        guard let latest = try context.db.rows(
            """
            SELECT d.version, s.published FROM datasets d JOIN sources s ON s.key = d.source
            WHERE d.name = ? ORDER BY d.version DESC LIMIT 1
            """, [name]).first,
            let latestDate = latest.string("published") else { return nil }
        let length = min(published.count, latestDate.count)
        guard published.prefix(length) < latestDate.prefix(length) else { return nil }
        let given: String
        if let named {
            given = "--source \(named) is dated \(published), which"
        } else if let released = context.options.released {
            given = "--released \(released)"
        } else {
            given = "the file's modification date \(published), used as its release date since no --released was given,"
        }
        return IngestIssue(
            file: context.path, line: 0, column: 0,
            message: "\(given) is before the release of version \(latest.int("version") ?? 0) of dataset \(name) (\(latestDate)) already loaded; expected releases loaded in order, so that the latest version, which tipdb derive counts, stays the newest: give the file's real release date with --released YYYY-MM-DD; to derive from both releases, load them as versions of one --dataset, oldest first, in a new database (tipdb init): under another --dataset name, tipdb derive refuses tables from the two datasets while they hold the same people (one's case rows all in the other's), since it audits the change between releases, which would let a reader count the people added, only between one dataset's versions")
    }

    /// Puts the file's digest on its ingest batch (the ingester leaves it to this loader).
    private func record(_ sha256: String) throws {
        try context.db.recordChecksum(sha256, batch: context.batch)
    }

    /// Notes on what the header said: variant, aliases, missing columns, and a loud warning for
    /// identifier columns skipped under `--allow-identifiers`.
    private func describe(_ header: CTDCHeader, line: Int, summary: inout FileSummary) {
        summary.notes.append("CTDC \(header.variant.title) (\(header.variant.rawValue)), detected from the header")
        if !header.aliases.isEmpty {
            let list = header.aliases.map { "\($0.written) → \($0.standard)" }.joined(separator: ", ")
            summary.notes.append("column aliases used: \(list)")
        }
        if !header.missing.isEmpty {
            summary.notes.append("\(header.missing.count) column\(header.missing.count == 1 ? "" : "s") of the \(header.variant.title) not in the file, stored as NULL: \(header.missing.joined(separator: ", "))")
        }
        if !header.identifiers.isEmpty {
            let list = header.identifiers.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")
            let one = header.identifiers.count == 1
            summary.warnings.append(IngestIssue(
                file: context.path, line: line, column: 1,
                message: "THIS FILE HOLDS PERSONAL DATA: \(list) \(one ? "looks like a direct identifier" : "look like direct identifiers"). --allow-identifiers was given, so the file is read WITHOUT \(one ? "that column" : "those columns"); tipdb never stores \(one ? "it" : "them"), and keeps a refused row by its line and reason only. Keep and delete the file under your data-protection rules"))
        }
    }

    /// When the version was published and accessed, for its source: `--released`, else the
    /// file's modification date (said in a note, since a copy saved later would look newer), and
    /// the day of this load.
    private func sourceDates(summary: inout FileSummary) throws -> (published: String, accessed: String) {
        let accessed = String(context.now.prefix(10))
        if let given = context.options.released { return (given, accessed) }
        let modified = context.modificationDay
        summary.notes.append("no release date given; the file's modification date \(modified) is used as the dataset's publication date, and recorded as such in the batch's options (released_from_mtime), which briefs' provenance names: a copy of the file made on another day would be cited with another date (give CTDC's release date with --released YYYY-MM-DD)")
        // Kept with the batch, so that a brief can say the date is the copy's, not CTDC's.
        try context.db.execute(
            "UPDATE ingest_batches SET options = json_set(coalesce(options, '{}'), '$.released_from_mtime', ?) WHERE id = ?",
            [modified, context.batch])
        return (modified, accessed)
    }

    /// The same file as version `loaded`, whose source this loader made but a tipdb from before
    /// CTDC sources were dated left without a publication or accessed date (cited "n.d.", and
    /// warned about by `tipdb check`): the missing dates are filled as a first load sets them,
    /// published on `--released`, else on the file's modification date (with its note), and
    /// accessed on the day the version was loaded (`datasets.loaded_at`), when the data was read.
    /// A date the source has is kept, and the previous values go to `source_revisions`, as for any
    /// change to a source. A source named with `--source` at that load is the user's, and left alone.
    private func fillMissingDates(of loaded: DatasetVersions.LoadedVersion, name: String, summary: inout FileSummary) throws {
        guard loaded.source == "\(name)-v\(loaded.version)", var source = try context.db.source(key: loaded.source),
              source.publisher == Self.publisher, source.published == nil || source.accessed == nil
        else { return }
        let missing = [source.published == nil ? "publication date" : nil, source.accessed == nil ? "accessed date" : nil]
            .compactMap { $0 }.joined(separator: " or ")
        var filled: [String] = []
        if source.published == nil {
            let published = try sourceDates(summary: &summary).published
            source.published = published
            filled.append("published \(published)")
        }
        if source.accessed == nil {
            let accessed = String(loaded.loadedAt.prefix(10))
            source.accessed = accessed
            filled.append("accessed \(accessed), the day version \(loaded.version) was loaded")
        }
        _ = try context.db.upsert(source, batch: context.batch, at: context.now)
        summary.writes.append("source \(source.key) had no \(missing) (made by an earlier tipdb): now \(filled.joined(separator: ", ")); its previous values are kept in source_revisions")
    }

    /// A `--released` given for a file already loaded: its source keeps the date it was given
    /// then, so that loading the same file again changes nothing.
    private func noteReleasedUnused(source key: String, summary: inout FileSummary) throws {
        guard let given = context.options.released else { return }
        let published = try context.db.source(key: key)?.published
        guard published != given else { return }
        summary.notes.append("--released \(given) not used: the file is already loaded, and its source \(key) keeps its date (\(published ?? "none")); correct a date with a sources file")
    }

    /// The publisher of the sources this loader makes, by which it knows them again.
    static let publisher = "Counter-Trafficking Data Collaborative (CTDC)"

    /// The citation CTDC asks for, with the year and the day accessed filled from the source's
    /// dates: `Counter-Trafficking Data Collaborative (CTDC). 2024. 'Global Dataset'. (Accessed 2
    /// December 2026).` Without dates, what the citation needs, in words.
    ///
    /// Why filled: the notes gave CTDC's template as published, `<year>` and `<day month year>`
    /// included, and a BibTeX or CSL-JSON export printed the placeholders in every reference.
    static func requestedCitation(title: String, dates: (published: String, accessed: String)?) -> String {
        guard let dates else {
            return "CTDC asks to be cited by its name, Counter-Trafficking Data Collaborative (CTDC), the year, the title '\(title)' and the day the data was accessed."
        }
        return "CTDC asks to be cited as: Counter-Trafficking Data Collaborative (CTDC). \(dates.published.prefix(4)). '\(title)'. (Accessed \(dayMonthYear(dates.accessed)))."
    }

    /// `2026-12-02` → `2 December 2026`, as CTDC's citation writes the day accessed; other text as it is.
    static func dayMonthYear(_ day: String) -> String {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let date = Int(parts[2]) else { return day }
        return "\(date) \(PeriodDays.monthNames[month - 1]) \(parts[0])"
    }

    /// Creates the source a dataset version is cited by (CTDC as publisher, the file's SHA-256 in
    /// the notes once it is known) and returns its key. Both writes of one load give the same
    /// dates, so the second changes only the notes, and keeps no revision (`Database.upsert`):
    /// a source the load made has no earlier values.
    private func writeSource(
        name: String, version: Int, variant: CTDCVariant, sha256: String?, dates: (published: String, accessed: String)?
    ) throws -> String {
        let key = "\(name)-v\(version)"
        let source = Source(
            key: key, kind: "dataset", title: variant.title, publisher: Self.publisher,
            published: dates?.published, url: "https://www.ctdatacollaborative.org/", accessed: dates?.accessed,
            notes: "Case-level file \(context.fileName)\(sha256.map { ", sha256 \($0)" } ?? ""), loaded by tipdb as dataset \(name) version \(version). "
                + Self.requestedCitation(title: variant.title, dates: dates))
        _ = try context.db.upsert(source, batch: context.batch, at: context.now)
        return key
    }
}
