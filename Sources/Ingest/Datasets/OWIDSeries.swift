import Foundation
import Storage

/// The key an Our World in Data chart's source and figures are stored under: the chart's slug
/// from its metadata (`originalChartUrl`, `https://ourworldindata.org/grapher/SLUG`), so that two
/// charts saved under one file name stay apart and a chart saved again as `dv (1).csv` updates
/// its figures instead of copying them. Only when the metadata names no chart does the file name
/// decide, and then a file whose metadata names another chart or producer than the stored source
/// is refused rather than allowed to take its figures over.
struct OWIDSeries {
    /// The source key, and the prefix of every figure key.
    let key: String
    /// Whether the key comes from the chart rather than from the file name.
    let byChart: Bool

    /// What the summary says about the key, when there is something to say.
    private(set) var note: String?

    /// The phrase of the source notes that names the file and the chart (`writeSource`): how a
    /// stored source says which chart it holds, in databases written before charts were keys too.
    static let republished = Source.republishedPhrase + OWIDLoader.republisher + " as "

    /// Chooses the key for the file of `context` with `metadata`, and checks that the source
    /// stored under it holds the same chart.
    ///
    /// - Throws: an `IngestIssue` naming the file when the stored source holds another chart or
    ///   producer, or holds a chart and this file has no metadata to tell.
    init(context: DatasetContext, metadata: OWIDMetadata, producer: String?, titles: [String]) throws {
        let hasMetadata = metadata.file != nil
        let fileKey = "owid-" + Breakdown.slug(OWIDLoader.stripExtension(context.fileName)).lowercased()
        guard let chart = metadata.chartSlug else {
            key = fileKey
            byChart = false
            note = hasMetadata
                ? "the metadata names no chart (no originalChartUrl): source and figure keys come from the file name (\(fileKey)); another file of that name whose metadata names another producer is refused"
                : "without metadata, source and figure keys come from the file name (\(fileKey)): the same chart saved under another name would be a second copy of its figures"
            try Self.checkStored(key: key, context: context, metadata: metadata, producer: producer)
            return
        }
        byChart = true
        let chartKey = "owid-" + Breakdown.slug(chart).lowercased()
        if let earlier = try Self.earlierKey(chart: chart, chartKey: chartKey, fileKey: fileKey, context: context,
                                             producer: producer, titles: titles) {
            key = earlier
            note = "chart \(chart) is in the database as \(earlier), keyed by the file name it was first loaded from (as tipdb did before it keyed charts by their URL): its figures keep that key"
        } else {
            key = chartKey
        }
        try Self.checkStored(key: key, context: context, metadata: metadata, producer: producer)
    }

    /// The key under which an earlier version of tipdb stored this chart (by the file name it was
    /// loaded from), or nil when the chart's own key is in use or the chart was never loaded.
    private static func earlierKey(chart: String, chartKey: String, fileKey: String, context: DatasetContext,
                                   producer: String?, titles: [String]) throws -> String? {
        let db = context.db
        if try db.source(key: chartKey) != nil || (try hasFigures(under: chartKey, db: db, notes: nil)) { return nil }
        // A source whose notes name this chart, whatever file name it was loaded from.
        let stored = try db.rows("SELECT key, notes FROM sources WHERE key LIKE 'owid-%' AND instr(notes, ?) > 0 ORDER BY key",
                                 [republished])
        for row in stored {
            guard let key = row.string("key"), let notes = row.string("notes") else { continue }
            if Self.chartURL(inNotes: notes).flatMap(OWIDMetadata.slug(ofChartURL:)) == chart { return key }
        }
        // Figures of this file's indicators under its file name, loaded without metadata or with
        // --source: the same chart unless their source names another chart or producer.
        guard fileKey != chartKey, try titles.contains(where: { try hasFigures(under: fileKey, db: db, notes: "Our World in Data indicator: \($0)") })
        else { return nil }
        if let source = try db.source(key: fileKey) {
            if let url = source.notes.flatMap(Self.chartURL(inNotes:)), OWIDMetadata.slug(ofChartURL: url) != chart { return nil }
            if let publisher = source.publisher, publisher != OWIDLoader.republisher, let producer, producer != publisher {
                return nil
            }
        }
        return fileKey
    }

    /// Whether figures are stored under `key` (with these notes, when given).
    private static func hasFigures(under key: String, db: Database, notes: String?) throws -> Bool {
        // Every figure key of the series starts with "KEY:"; ";" is the character after ":".
        if let notes {
            return try db.integer("SELECT count(*) FROM (SELECT 1 FROM figures WHERE key > ? AND key < ? AND notes = ? LIMIT 1)",
                                  [key + ":", key + ";", notes]) > 0
        }
        return try db.integer("SELECT count(*) FROM (SELECT 1 FROM figures WHERE key > ? AND key < ? LIMIT 1)", [key + ":", key + ";"]) > 0
    }

    /// Refuses a file whose chart or producer is not that of the source stored under `key`.
    private static func checkStored(key: String, context: DatasetContext, metadata: OWIDMetadata, producer: String?) throws {
        guard let stored = try context.db.source(key: key) else { return }
        let storedURL = stored.notes.flatMap(Self.chartURL(inNotes:))
        let storedChart = storedURL.flatMap(OWIDMetadata.slug(ofChartURL:))
        let storedProducer = stored.publisher == OWIDLoader.republisher ? nil : stored.publisher
        // The file as stored, with its batch: `b/data.csv` and `a/data.csv` given by absolute paths
        // are both stored as data.csv (`StoredFileName`).
        let loadedFrom = try context.db.rows(
            "SELECT b.file, b.id FROM sources s JOIN ingest_batches b ON b.id = s.batch_id WHERE s.key = ?", [key]
        ).first.map { " (loaded from \($0.string("file") ?? "?"), batch \($0.int("id") ?? 0))" } ?? ""
        let rename = "save this file under another name, whose key is its own"
        if let storedChart, let chart = metadata.chartSlug {
            guard storedChart != chart else { return }
            throw IngestIssue(file: context.path, line: 0, column: 0, message: "source \(key)\(loadedFrom) holds chart \(storedURL ?? storedChart), and this file's metadata names chart \(metadata.chartURL ?? chart): another chart under the same key would take over and overwrite its figures; expected the same chart")
        }
        if metadata.file == nil, storedChart != nil || storedProducer != nil {
            let what = storedURL.map { "chart \($0)" } ?? "figures from \(storedProducer ?? "")"
            throw IngestIssue(file: context.path, line: 0, column: 0, message: "source \(key)\(loadedFrom) holds \(what), and this file has no metadata to tell whether it is the same chart; expected its metadata (\(OWIDLoader.stripExtension(context.fileName)).metadata.json beside it, or --metadata FILE), or \(rename)")
        }
        if let storedProducer, let producer, producer != storedProducer {
            throw IngestIssue(file: context.path, line: 0, column: 0, message: "source \(key)\(loadedFrom) holds figures from \(storedProducer), and this file's metadata names \(producer): another chart under the same key would take over and overwrite its figures; expected the same chart, or \(rename)")
        }
    }

    /// The chart URL in a source's notes as `OWIDLoader` writes them
    /// (`Republished by Our World in Data as NAME (URL), sha256 HEX.`), or nil.
    static func chartURL(inNotes notes: String) -> String? {
        guard let start = notes.range(of: republished),
              let end = notes.range(of: ", sha256 ", range: start.upperBound..<notes.endIndex) else { return nil }
        let named = notes[start.upperBound..<end.lowerBound]
        guard named.hasSuffix(")"), let open = named.range(of: " (", options: .backwards) else { return nil }
        return String(named[open.upperBound..<named.index(before: named.endIndex)])
    }
}
