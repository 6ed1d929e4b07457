import Storage

/// The sources an Our World in Data download's figures cite: the data's origin as the metadata
/// describes it (producer, title, citation, URL, dates), one source per origin its columns name,
/// or one naming Our World in Data when the metadata names none.
///
/// Why apart from `OWIDLoader`: which source each column cites, and what the source says, depend
/// only on the metadata and the columns, not on reading the rows.
struct OWIDSources {
    let context: DatasetContext
    let metadata: OWIDMetadata

    /// Writes (or confirms) the source of each group of columns and returns each column's source
    /// key, by its field: the chart's key for the first group, the key and the column's key part
    /// (`keyPart(of:)`) for each other origin.
    func write(_ indicators: [(field: Int, indicator: OWIDIndicator)], chart: String, summary: inout FileSummary) throws -> [Int: String] {
        var sources: [Int: String] = [:]
        for (index, group) in byOrigin(indicators).enumerated() {
            let key = index == 0 ? chart : chart + "-" + keyPart(of: group[0].indicator)
            let written = try write(key: key, indicators: group.map(\.indicator), summary: &summary)
            for (field, _) in group { sources[field] = written }
        }
        return sources
    }

    /// The origins of the loaded columns, then those of the whole file: the first is the source's.
    static func origins(of indicators: [OWIDIndicator], in metadata: OWIDMetadata) -> [OWIDMetadata.Origin] {
        indicators.compactMap { metadata.column(named: $0.title) }.flatMap(\.origins) + metadata.origins
    }

    /// The loaded columns grouped by the origin they cite, one source each: first the chart's
    /// (the first origin of the columns, then of the file, as before), with every column that
    /// cites it or names no origin of its own; then each other origin a column names, in the
    /// order of its first column.
    ///
    /// Why: one source was written from the first column's metadata, so a second column from
    /// another producer or publication (a share from another report beside UNODC's counts) was
    /// cited to the first column's producer, title and description. A column without origins of
    /// its own (one the metadata does not describe) stays with the chart's.
    private func byOrigin(_ indicators: [(field: Int, indicator: OWIDIndicator)]) -> [[(field: Int, indicator: OWIDIndicator)]] {
        let chart = Self.origins(of: indicators.map(\.indicator), in: metadata).first
        var groups: [(origin: OWIDMetadata.Origin?, members: [(field: Int, indicator: OWIDIndicator)])] = [(chart, [])]
        for entry in indicators {
            let origin = metadata.column(named: entry.indicator.title)?.origins.first ?? chart
            if let index = groups.firstIndex(where: { $0.origin == origin }) {
                groups[index].members.append(entry)
            } else {
                groups.append((origin, [entry]))
            }
        }
        return groups.map(\.members).filter { !$0.isEmpty }
    }

    /// What follows the chart's key in the key of a column's own source: the metadata's short
    /// name for the column, else its title, as a key part.
    private func keyPart(of indicator: OWIDIndicator) -> String {
        Breakdown.slug(metadata.column(named: indicator.title)?.shortName ?? indicator.title).lowercased()
    }

    /// Writes the source from the metadata's first origin, or a bare one naming Our World in Data.
    private func write(key: String, indicators: [OWIDIndicator], summary: inout FileSummary) throws -> String {
        let columns = indicators.compactMap { metadata.column(named: $0.title) }
        let allOrigins = Self.origins(of: indicators, in: metadata)
        let origin = allOrigins.first
        // Each part as written before tipdb ended them as sentences, and as written now.
        var parts: [(former: String, now: String)] = []
        if let citation = origin?.citation ?? columns.first?.citation ?? metadata.chartCitation {
            parts.append(("Citation: \(citation)", "Citation: " + Self.sentence(citation)))
        }
        let republished = OWIDSeries.republished + "\(context.fileName)\(metadata.chartURL.map { " (\($0))" } ?? ""), sha256 \(context.sha256)."
        parts.append((republished, republished))
        let producers = Array(Set(allOrigins.compactMap(\.producer))).sorted()
        if producers.count > 1, case let named = "Producers: \(producers.joined(separator: "; "))." { parts.append((named, named)) }
        // Each column's description when they differ, named by its column: the first one alone
        // described every column's figures.
        let described = indicators.compactMap { indicator in
            metadata.column(named: indicator.title)?.description.map { (title: indicator.title, text: $0) }
        }
        if Set(described.map(\.text)).count > 1 {
            let each = described.map { "\($0.title): \(Self.sentence($0.text))" }.joined(separator: " ")
            parts.append((each, each))
        } else if let description = described.first?.text {
            parts.append((description, Self.sentence(description)))
        }
        let caveats = Array(Set(columns.flatMap(\.caveats))).sorted()
        if !caveats.isEmpty {
            parts.append(("Caveats: " + caveats.joined(separator: " "), "Caveats: " + caveats.map(Self.sentence).joined(separator: " ")))
        }
        let source = Source(
            key: key, kind: "dataset",
            title: origin?.title ?? columns.first?.titleLong ?? metadata.chartTitle ?? indicators.first?.title ?? context.fileName,
            publisher: origin?.producer ?? OWIDLoader.republisher,
            published: OWIDLoader.date(origin?.published, dayOnly: false), url: origin?.url ?? metadata.chartURL,
            accessed: OWIDLoader.date(origin?.accessed ?? metadata.downloaded, dayOnly: true), license: origin?.license,
            notes: parts.map(\.now).joined(separator: " "))
        switch try context.upsert(source, formerNotes: parts.map(\.former).joined(separator: " ")) {
        case .inserted: summary.writes.append("source \(key) created\(origin == nil ? "" : " from the metadata's origins (\(source.publisher ?? ""))")")
        case .updated: summary.writes.append("source \(key) updated from this file's metadata")
        case .unchanged: break
        }
        return key
    }

    /// `text` ending as a sentence: a full stop added unless it ends with one, a question or
    /// exclamation mark (before a closing bracket or quote too).
    ///
    /// Why: metadata writes citations and descriptions without a final stop (`UNODC (2025) –
    /// processed by Our World in Data`), and the notes join them with the next part, which then
    /// read as one sentence: `... processed by Our World in Data Republished by Our World in Data as dv.csv`.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        let closing: Set<Character> = [")", "]", "\"", "'", "\u{201D}", "\u{2019}"]
        let end = trimmed.reversed().first { !closing.contains($0) }
        guard let end, !trimmed.isEmpty, !".!?".contains(end) else { return trimmed }
        return trimmed + "."
    }
}
