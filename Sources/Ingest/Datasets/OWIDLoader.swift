import Foundation
import Storage

/// Loads an Our World in Data grapher CSV (`Entity,Code,Year,<indicator>...`): every non-empty
/// cell of an indicator column becomes a figure.
///
/// The source is the data's origin as the metadata JSON describes it (producer, title,
/// citation, URL, dates: `OWIDSources`), so a brief cites UNODC rather than the site that
/// republished it; without metadata, a source naming Our World in Data is made and the note says
/// so. Source and figure keys name the chart, not the file (`OWIDSeries`).
struct OWIDLoader {
    let context: DatasetContext

    func load(summary: inout FileSummary, progress: ((Ingester.Progress) -> Void)?) throws -> DatasetOutcome {
        let file = context.path
        let reader: CSVReader
        var names: [String] = []
        var columns: [Int] = []
        do {
            reader = try CSVReader(path: file, dialect: .csv)
            guard let first = try reader.next() else {
                return .stop(IngestIssue(file: file, line: 1, column: 1, message: "empty file; expected the header Entity,Code,Year,<indicator>..."))
            }
            if let problem = first.problem { return .stop(IngestIssue(problem, file: file)) }
            names = (0..<first.count).map { first.string(at: $0).trimmingWhitespace() }
            columns = (0..<first.count).map { first.column(at: $0) }
        } catch {
            return .stop(IngestIssue(file: file, line: 0, column: 0, message: String(describing: error)))
        }
        let lowered = names.map { $0.lowercased() }
        guard names.count >= 4, Array(lowered.prefix(2)) == ["entity", "code"], lowered[2] == "year" || lowered[2] == "day" else {
            return .stop(IngestIssue(file: file, line: 1, column: 1, message: "not a grapher header; expected Entity,Code,Year (or Day) followed by one or more indicator columns"))
        }
        let metadata: OWIDMetadata
        switch loadMetadata(summary: &summary) {
        case .success(let read):
            metadata = read
            if let file = read.file {
                // The metadata decides the source, the measures and the scaling: the batch names
                // the file it was, as it names the CSV.
                try context.db.execute(
                    "UPDATE ingest_batches SET options = json_set(options, '$.metadata', ?, '$.metadata_sha256', ?) WHERE id = ?",
                    [file.path, file.sha256, context.batch])
            }
        case .failure(let issue): return .stop(issue)
        }
        let indicatorNames = Array(names.dropFirst(3))
        if let mismatch = metadata.mismatch(indicatorColumns: indicatorNames, csv: file) { return .stop(mismatch) }
        if let note = metadata.undescribed(indicatorColumns: indicatorNames) { summary.notes.append(note) }
        var given: Measure?
        if let code = context.options.measure {
            do {
                given = try context.vocabulary.measure(code)
            } catch {
                return .stop(IngestIssue(file: file, line: 0, column: 0, message: "--measure: \(error.message)"))
            }
        }
        var indicators: [(field: Int, indicator: OWIDIndicator)] = []
        var problems: [IngestIssue] = []
        let bounds = pairBounds(names: names, columns: columns, problems: &problems)
        // Two columns read as one figure would each overwrite the other's cells.
        var readings: [String: Int] = [:]
        // A bound column is never read as an indicator, also when it was refused for want of one.
        for field in 3..<names.count where bounds[field] == nil && OWIDBoundColumn(title: names[field]) == nil {
            do {
                let indicator = try OWIDIndicator(title: names[field], metadata: metadata.column(named: names[field]),
                                                  measure: given, vocabulary: context.vocabulary)
                let reading = "\(indicator.measure.code), \(indicator.unit)\(indicator.form.map { ", form \($0)" } ?? "")\(indicator.sex != "total" ? ", \(indicator.sex)" : "")\(indicator.ageGroup == AgeGroup.unknown ? ", age unknown" : indicator.ageGroup != "total" ? ", \(indicator.ageGroup)" : "")"
                if let earlier = readings[reading] {
                    problems.append(IngestIssue(
                        file: file, line: 1, column: columns[field],
                        message: "column \"\(names[field])\" reads as the same figures as column \(earlier + 1) \"\(names[earlier])\" (\(reading)); expected each indicator once: leave one out (a bound of the other is read as its low or high when its title is the other's followed by \" - lower bound\" or \" - upper bound\")"))
                    continue
                }
                readings[reading] = field
                indicators.append((field, indicator))
                summary.notes.append("column \(field + 1) \"\(names[field])\" → \(reading)\(indicator.multiplierExponent != 0 ? ", values × 1\(String(repeating: "0", count: indicator.multiplierExponent))" : "")")
            } catch {
                problems.append(IngestIssue(file: file, line: 1, column: columns[field], message: error.message))
            }
        }
        let intervals = readIntervals(bounds, indicators: indicators, names: names, columns: columns, metadata: metadata,
                                      given: given, summary: &summary, problems: &problems)
        for (field, indicator) in indicators {
            guard try Audit.isShareWithoutSubgroup(unit: indicator.unit, sex: indicator.sex, ageGroup: indicator.ageGroup,
                                                   form: indicator.form, measure: indicator.measure.code, db: context.db) else { continue }
            summary.warnings.append(IngestIssue(file: file, line: 1, column: columns[field],
                                                message: "column \"\(names[field])\" → percent: \(Self.shareWithoutPart)"))
        }
        guard problems.isEmpty else { return DatasetOutcome(errors: problems, fatal: true) }

        var sources: [Int: String] = [:]
        let series: OWIDSeries
        var download: OWIDDownload
        let decision: OWIDDownload.Decision
        do {
            series = try OWIDSeries(context: context, metadata: metadata,
                                    producer: OWIDSources.origins(of: indicators.map(\.indicator), in: metadata).first?.producer,
                                    titles: indicators.map(\.indicator.title))
            if let note = series.note { summary.notes.append(note) }
            download = OWIDDownload(context: context, series: series.key, metadata: metadata)
            switch try download.decide() {
            case .success(let decided): decision = decided
            case .failure(let issue): return .stop(issue)
            }
            if case .superseded(let batch, let newer, let date, let figures) = decision {
                // The same bytes as a download already loaded: what it held then is what the
                // file holds, and none of it is written again (the newer download has its values).
                summary.read = figures
                summary.unchanged = figures
                summary.notes.append("this file is the download of \(download.date) of \(series.key), already loaded (batch \(batch)) and superseded by the download of \(date) (batch \(newer)): nothing to do; \(figures == 1 ? "its figure keeps" : "its \(figures) figures keep") the values of the newer download where it revised them")
                return DatasetOutcome()
            }
            if let named = try context.namedSource() {
                for (field, _) in indicators { sources[field] = named }
            } else {
                sources = try OWIDSources(context: context, metadata: metadata).write(indicators, chart: series.key, summary: &summary)
            }
        } catch let issue as IngestIssue {
            return .stop(issue)
        }
        let absentBefore = try download.absentBefore()
        var rows = OWIDRows(context: context, indicators: indicators, intervals: intervals, sources: sources, keyPrefix: series.key,
                            byDay: lowered[2] == "day", names: names)
        let outcome = try rows.load(from: reader, summary: &summary, progress: progress)
        guard !outcome.fatal else { return outcome }
        try download.record()
        let dropped = DroppedFigures(series: series.key, keys: try absentKeys(prefix: series.key, present: rows.presentKeys))
        try dropped.record(batch: context.batch, db: context.db)
        if let text = dropped.note(release: "this download (of \(download.date))", batch: context.batch,
                                   kept: "with the values of the download that last gave each") {
            // Recorded in this batch's options: a rejected command recorded nothing, and the figures are still the latest download's.
            summary.writes.append(text)
        }
        // Figures the latest load found dropped that this download gives again; those without a revision by this load kept their values.
        let again = absentBefore.intersection(rows.presentKeys).sorted()
        let revised = Set(try context.db.rows("SELECT DISTINCT figure FROM figure_revisions WHERE batch_id = ?", [context.batch]).compactMap { $0.string("figure") })
        if let changes = download.changes(decision, summary: summary, absent: dropped.keys.count, again: again,
                                          againUnchanged: again.filter { !revised.contains($0) }.count, reworded: rows.reworded) {
            summary.writes.append(changes)
        }
        return outcome
    }

    /// The stored figures of the chart whose keys are not among `present`, in key order.
    private func absentKeys(prefix: String, present: Set<String>) throws -> [String] {
        // Every figure key of the chart starts with "KEY:"; ";" is the character after ":".
        try context.db.rows("SELECT key FROM figures WHERE key > ? AND key < ? ORDER BY key", [prefix + ":", prefix + ";"])
            .compactMap { $0.string("key") }.filter { !present.contains($0) }
    }

    /// The warning for a column of shares whose title names no part (`ShareSubgroupCheck`, review
    /// W28), given once at its header cell, by the rule `tipdb check` applies without its notes
    /// clause (`Audit.isShareWithoutSubgroup`).
    ///
    /// Why here: a figures file warns at each such share, but every figure of an Our World in Data
    /// column has notes (the indicator's title), which `tipdb check` takes for the part, so the
    /// share was stored without a word, and a brief printed it as a share of everyone.
    static let shareWithoutPart = "sex, age_group and form all total: a share of which part of the measure? The title names no "
        + "subgroup or form tipdb reads, and each figure's notes only quote it; if a brief is to say the part, give these shares "
        + "in a figures file with sex, age_group or form filled (age_group children: children as a share of all); loaded as published"

    /// `--metadata FILE`, else `<name>.metadata.json` beside the CSV when it exists, else none.
    private func loadMetadata(summary: inout FileSummary) -> Result<OWIDMetadata, IngestIssue> {
        var path = context.options.metadata
        if path == nil {
            let sibling = Self.stripExtension(context.path) + ".metadata.json"
            if FileManager.default.fileExists(atPath: sibling) { path = sibling }
        }
        guard let path else {
            summary.notes.append("no metadata file (\(Self.stripExtension(context.fileName)).metadata.json): the source names Our World in Data only; cite the original producer when you can")
            return .success(OWIDMetadata())
        }
        do {
            let metadata = try OWIDMetadata(path: path)
            if context.options.metadata == nil { summary.notes.append("metadata read from \(path)") }
            return .success(metadata)
        } catch {
            // The error is the metadata file's, at its own line and column; say whose metadata it is.
            var issue = error
            issue.message = "metadata of \(context.path): " + issue.message
            return .failure(issue)
        }
    }

    /// The publisher of a source made without metadata, which names no producer. Reports cite it
    /// under the site's own abbreviation, `OWID n.d.` (`OrganisationName.established`),
    /// not its initials; the name itself stays, since `Source.republisher` finds copies by it.
    static let republisher = "Our World in Data"

    /// A date the sources table accepts (YYYY, YYYY-MM or YYYY-MM-DD; a full day when `dayOnly`), or nil.
    static func date(_ text: String?, dayOnly: Bool) -> String? {
        guard let text else { return nil }
        let candidate = String(text.prefix(10))
        guard let date = try? PeriodParser.date(candidate, original: text), !dayOnly || date.count == 10 else { return nil }
        return date
    }

    static func stripExtension(_ path: String) -> String {
        path.lowercased().hasSuffix(".csv") ? String(path.dropLast(4)) : path
    }
}
