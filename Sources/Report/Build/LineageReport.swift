import Storage

/// `tipdb report lineage KEY`: the chain of one figure to its primary source, and the figures
/// that repeat it in turn.
public struct LineageReport {
    let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// What `tipdb report lineage --format` writes: the chain as text a reader follows in a
    /// terminal (`text`, the default), as Markdown to paste into a brief (`md`), or as one JSON
    /// document for scripts (`LineageReport+JSON.swift`).
    public enum Format: String, CaseIterable, Sendable {
        case text
        case md
        case json
    }

    /// One figure's chain and the figures repeating it, read once for either format.
    struct Loaded {
        let context: BriefContext
        let set: FigureSet
        let lineage: Lineage<FigureRecord>
        /// The figures repeating the figure, nearest first: key, source, the figure each cites
        /// and how many links away.
        let repeaters: [RestingFigure]
        /// The repeats' records and the figures they cite, by key, with the context that words
        /// them; nil when nothing repeats the figure.
        let repeats: (records: [String: FigureRecord], context: BriefContext)?
        /// The chain's figures that `tipdb retract` withdrew and `ingest --restore-retracted`
        /// loaded again, by key, each time oldest first: the retractions stay part of their history.
        let restorations: [String: [Restoration]]
        /// The loads that cited a chain figure's number, unchanged, to another source or page, by
        /// key (`Reattribution`): where an older brief cited it is part of its history.
        let reattributions: [String: [Reattribution]]
        /// The loads that changed a chain figure's breakdown, by key (`BreakdownChange`): a brief
        /// made before one cites a figure of another subgroup.
        let breakdownChanges: [String: [BreakdownChange]]
        /// The chain's counts that a later edition of their producer's series gave again, with
        /// that edition's figure, by key (`LaterEditions`).
        let laterEditions: [String: LaterEdition]
        /// What each measure of the chain held before a measures file changed it, by code
        /// (`MeasureRevision`, m0064): the definition a brief made before printed beside the figure.
        let measureRevisions: [String: [MeasureRevision]]
    }

    /// - Throws: `ReportError.unknownFigure` with the nearest keys when `key` is not in the database,
    ///   `ReportError.retractedFigure` when `tipdb retract` withdrew it.
    public func render(key: String, format: Format = .text) throws -> String {
        let loaded = try load(key: key)
        switch format {
        case .text: return written(loaded, as: .text)
        case .md: return written(loaded, as: .markdown)
        case .json: return try json(loaded, key: key)
        }
    }

    /// Reads the chain of `key` and the figures that repeat it.
    private func load(key: String) throws -> Loaded {
        guard try db.integer("SELECT count(*) FROM figures WHERE key = ?1", [key]) > 0 else {
            if let retraction = try db.retraction(of: key) {
                throw ReportError.retractedFigure(key, retraction, earlier: try db.restorations(of: key))
            }
            if let other = try db.notAFigure(key) {
                throw ReportError.notAFigure(message: "\(other.sentence); report lineage takes a figure's key: list them with \(other.listCommand)")
            }
            let keys = try db.rows("SELECT key FROM figures ORDER BY key").compactMap { $0.string("key") }
            throw ReportError.unknownFigure(key, suggestions: Suggestion.closest(to: key, among: keys, limit: 3))
        }
        let catalog = try Catalog(db: db)
        let set = try FigureSet.load(keys: [key], from: db, lookups: RecordLookups(catalog: catalog))
        let scope = Scope(
            measures: nil, places: nil, requestedPlaces: [], countries: [], from: nil, to: nil, filters: BriefFilters(),
            description: "", topic: "")
        let repeaters = try Self.repeaters(of: key, in: db)
        // Each repeat with its number and the flags its own lineage gives it: the view an
        // analyst uses to see how one figure travelled, and where it was changed on the way.
        let repeatSet = try repeaters.isEmpty ? nil : FigureSet.load(
            keys: repeaters.map(\.key) + [key], from: db, lookups: RecordLookups(catalog: catalog))
        // One report, one lettering of labels: the chain's sources and the repeats' alike.
        var labelled = BriefContext.documentSources(catalog: catalog, scope: scope, set: set, corrections: true)
        if let repeatSet {
            labelled.formUnion(BriefContext.documentSources(catalog: catalog, scope: scope, set: repeatSet, corrections: true))
        }
        let context = BriefContext(catalog: catalog, scope: scope, set: set, labelled: labelled)
        guard let figure = set.figures.first else {
            throw ReportError.unknownFigure(key, suggestions: [])
        }
        let lineage = context.lineage(figure)
        var repeats: (records: [String: FigureRecord], context: BriefContext)?
        if let repeatSet {
            // `byKey` holds only the figures some figure cites: the repeats themselves are in `figures`.
            let records = repeatSet.byKey.merging(repeatSet.figures.map { ($0.key, $0) }) { cited, _ in cited }
            repeats = (records, BriefContext(catalog: catalog, scope: scope, set: repeatSet, labelled: labelled))
        }
        var restorations: [String: [Restoration]] = [:]
        var reattributions: [String: [Reattribution]] = [:]
        var breakdownChanges: [String: [BreakdownChange]] = [:]
        var measureRevisions: [String: [MeasureRevision]] = [:]
        for step in lineage.steps {
            if measureRevisions[step.measure] == nil { measureRevisions[step.measure] = try db.measureRevisions(of: step.measure) }
            let history = try db.restorations(of: step.key)
            if !history.isEmpty { restorations[step.key] = history }
            reattributions[step.key] = try db.reattributions(of: step.key)
            breakdownChanges[step.key] = try db.breakdownChanges(of: step.key)
        }
        return Loaded(
            context: context, set: set, lineage: lineage,
            repeaters: repeaters,
            repeats: repeats, restorations: restorations, reattributions: reattributions, breakdownChanges: breakdownChanges,
            laterEditions: try LaterEditions.find(in: db, keys: lineage.steps.map(\.key)), measureRevisions: measureRevisions)
    }

    /// The chain written for a reader: each figure with its number, range, revisions, source and
    /// quote, the flags, the sentence, the figures repeating it, and the references, laid out as
    /// plain text or as Markdown (`LineageLayout`).
    private func written(_ loaded: Loaded, as layout: LineageLayout) -> String {
        let context = loaded.context, set = loaded.set, lineage = loaded.lineage
        func e(_ text: String) -> String { layout.escape(text) }
        var out = layout.title(lineage.steps.first?.key ?? "")
        var measuresTold = Set<String>()
        for (index, step) in lineage.steps.enumerated() {
            let entry = context.entry(step)
            out += layout.step(step.key, repeats: index > 0)
            // "reference period 2014", or "period not stated" when the source states none.
            let period = entry.periodUnstated ? entry.period : "reference period \(entry.period)"
            var line = "\(entry.text): \(entry.measureLabel), \(Words.aroundComma(entry.placeName)), \(period)"
            line += entry.subgroup == "all" ? "" : " (\(entry.subgroup))"
            out += layout.detail(e(line))
            // The bounds travel with the number: a repeat that drops them changes what it says.
            if let range = entry.range { out += layout.detail(e("range: \(range)")) }
            // An earlier number a newer release or file replaced, or a correction replaced: where it came from and when.
            if let revisions = set.revisions[step.key],
               let revised = RevisionText.lineageText(revisions, of: step, context: context) {
                out += layout.detail(layout.escape(revised))
            }
            // A later edition's number for the same period: the one to cite now, or to say was revised.
            if let later = loaded.laterEditions[step.key] {
                out += layout.detail(e(LaterEditionText.lineage(later, of: step, context: context)))
            }
            // A re-count under another definition: what it must not be compared with.
            if let line = LaterEditionText.seriesBreakLine(step, context: context) { out += layout.detail(e(line)) }
            for reuse in set.reusedKeys[step.key] ?? [] {
                if let text = RevisionText.reuseText(reuse, context: context) { out += layout.detail(e(text)) }
            }
            // Withdrawn and loaded again, each time in order: a reader weighing the number should know why it went.
            for restored in loaded.restorations[step.key] ?? [] {
                out += layout.detail(e(FigureHistoryText.restored(restored, key: step.key, context: context)))
            }
            // Cited elsewhere before, the same number: a brief made then cites that source and page.
            for moved in loaded.reattributions[step.key] ?? [] {
                out += layout.detail(e(FigureHistoryText.reattribution(moved, context: context)))
            }
            // Another subgroup before: a brief made then cites a figure of other people under this key.
            for change in loaded.breakdownChanges[step.key] ?? [] {
                out += layout.detail(e(FigureHistoryText.breakdownChange(change, context: context)))
            }
            // Its measure defined otherwise before: a brief made then printed that text beside it. Once, under its first figure.
            if measuresTold.insert(step.measure).inserted {
                for revision in loaded.measureRevisions[step.measure] ?? [] { out += layout.detail(e(MeasureHistoryText.line(revision))) }
            }
            var origin = "\(e(entry.sourceLabel)) [\(entry.citation)], \(e(entry.method))"
            if let locator = entry.locator { origin += ", \(e(locator))" }
            if let release = entry.release { origin += "; \(e(release))" }
            out += layout.detail(origin)
            if let quote = entry.quote { out += layout.detail(e("\"\(quote)\"")) }
        }
        switch lineage.ending {
        case .primary:
            // A copy's figure repeats no figure in the database, yet is the producer's data at second hand.
            let copy = lineage.last.flatMap { LineageText.republished($0, context: context) }
            if lineage.steps.count == 1 {
                out += "\n" + e(copy.map(Self.copySentence) ?? "A primary figure: it repeats no other.") + "\n"
            } else if let copy {
                // No primary source: the chain ends at the producer's data as another site republished
                // it, and the JSON output's flag gives the advice the text output now gives too.
                out += "\n" + e("The chain ends at a second-hand copy: \(lineage.last?.key ?? ""), \(copy).") + "\n"
                out += layout.flag(e(String(Self.copySentence(copy).dropLast())))
            } else {
                out += "\n" + e("Primary source reached: \(lineage.last?.key ?? "").") + "\n"
            }
        case .unsourced, .missing, .cycle:
            if let flag = Self.endingFlag(lineage) { out += "\n" + layout.flag(e(flag.text)) }
            if let origin = ChainCautions.withdrawnOrigin(lineage, context: context) {
                out += layout.flag(e(ChainCautions.withdrawnFlag(origin, context: context)))
            }
        }
        // A link check calls an error: the chain may reach a primary figure, but not the right one.
        for found in ChainCautions.earlyLinks(lineage, context: context) {
            out += layout.flag(e(ChainCautions.earlyFlag(found, context: context)))
        }
        let changes = RepeatChangeText.sentences(lineage, context: context)
        for change in changes { out += layout.flag(e(change)) }
        if lineage.steps.count > 1 || lineage.ending != .primary {
            let sentence = LineageText.sentence(lineage, context: context)
            out += layout.paragraph(layout.escape(sentence))
        }
        if let (records, repeatContext) = loaded.repeats {
            out += layout.heading("Repeated by")
            // As a tree: each figure under the figure it cites (`treeOrder`).
            for repeating in Self.treeOrder(loaded.repeaters, of: lineage.steps.first?.key ?? "") {
                let (repeaterKey, source, depth) = (repeating.key, repeating.source, repeating.depth)
                var line = layout.strong(repeaterKey) + " (\(e(context.label(source))))"
                if let repeater = records[repeaterKey] {
                    let entry = repeatContext.entry(repeater)
                    line += e(": \(entry.text), \(Words.aroundComma(entry.placeName)), \(entry.period)") + (entry.subgroup == "all" ? "" : e(" (\(entry.subgroup))"))
                }
                out += layout.item(line, depth: depth)
                // Its change and its own drift, as the JSON output's flags (`repeatFlags`).
                for flag in records[repeaterKey].map({ Self.repeatFlags($0, records: records, context: repeatContext) }) ?? [] {
                    out += layout.item(layout.flagLabel + " " + e(flag.text), depth: depth + 1)
                }
            }
        }
        out += layout.heading("References")
        let references = ReferenceList.build(context: context)
        out += layout.references(references.map { "[\($0.number)] " + layout.entry($0) })
        return out
    }
}
