import Storage

extension LineageReport {
    /// The flag a chain's ending raises, as a code and the sentence the text output writes after
    /// `FLAG:` (without its full stop); nil for a chain that reaches a primary figure.
    static func endingFlag(_ lineage: Lineage<FigureRecord>) -> (code: String, text: String)? {
        let key = lineage.brokenKey ?? ""
        switch lineage.ending {
        case .primary: return nil
        case .unsourced: return ("no-primary-source", "the chain ends at a figure reported without a source")
        case .missing: return ("broken-chain", "the chain cites \"\(key)\", which is not in the database")
        case .cycle: return ("loop", "the chain loops back to \(key) and never reaches a primary source")
        }
    }

    /// What the text output says of a figure of a second-hand copy that repeats no other (`copy`
    /// names whose data it is and who republished it).
    static func copySentence(_ copy: String) -> String {
        "A second-hand copy: \(copy). It repeats no other figure in the database; cite the producer's own release where it gives this figure."
    }

    /// The `repeat-changes` flag of `repeating`, or nil when it claims what it repeats.
    ///
    /// Why `changes` and `superseded` come from the sentence's own test (`RepeatChangeText.link`):
    /// a repeat of a number the cited figure had before a published revision changes no number,
    /// and its sentence says so ("repeats an earlier number of ...: 41, since revised to 45"),
    /// where `changes` listed `value` beside it.
    static func changeFlag(_ repeating: FigureRecord, repeats cited: FigureRecord, context: BriefContext) -> LineageDocument.Flag? {
        guard let sentence = RepeatChangeText.sentence(repeating, repeats: cited, context: context) else { return nil }
        let link = RepeatChangeText.link(repeating, repeats: cited, context: context)
        return LineageDocument.Flag(
            code: "repeat-changes", text: sentence + ".", figure: repeating.key, repeats: cited.key,
            changes: link.changes.map(\.rawValue), superseded: link.superseded)
    }

    /// The `repeat-before-original` flag of a link check calls an error (`ChainCautions.earlyFlag`).
    static func earlyFlag(_ found: RepeatBeforeOriginal, context: BriefContext) -> LineageDocument.Flag {
        LineageDocument.Flag(
            code: "repeat-before-original", text: ChainCautions.earlyFlag(found, context: context) + ".", figure: found.figure,
            repeats: found.cited)
    }

    /// The `repeat-drifts` flag of `figure`, whose chain from it to `endsAt` drifts (`sentence`,
    /// `RepeatChangeText.driftSentences`).
    static func driftFlag(_ figure: FigureRecord, sentence: String, endsAt last: FigureRecord?) -> LineageDocument.Flag {
        LineageDocument.Flag(
            code: "repeat-drifts", text: sentence + ".", figure: figure.key, repeats: last?.key, changes: [RepeatChange.value.rawValue])
    }

    /// The flags a figure listed under "Repeated by" carries, as its own lineage gives them: what
    /// it changes of the figure it cites (`changeFlag`), and its drift when its own chain, to
    /// wherever that ends, drifts (`RepeatChangeText.driftSentence`).
    ///
    /// Why its own chain: the drift was flagged in the drifting figure's own lineage alone, so a
    /// list of a figure's repeats showed 2.5 million from 2,449,000 unflagged, where README says a
    /// FLAG goes under each repeat that changes the figure it repeats (review of session 45).
    static func repeatFlags(_ repeater: FigureRecord, records: [String: FigureRecord], context: BriefContext) -> [LineageDocument.Flag] {
        var flags: [LineageDocument.Flag] = []
        // Its own link, when check calls it an error: published before what it repeats.
        if let found = ChainCautions.earlyLink(of: repeater, context: context) { flags.append(earlyFlag(found, context: context)) }
        if let cites = repeater.cites, let cited = records[cites], let flag = changeFlag(repeater, repeats: cited, context: context) {
            flags.append(flag)
        }
        let lineage = context.lineage(repeater)
        if let drift = RepeatChangeText.driftSentence(lineage, context: context) {
            flags.append(driftFlag(repeater, sentence: drift, endsAt: lineage.last))
        }
        return flags
    }

    /// The chain as one JSON document (`LineageDocument`), citation numbers as the text output
    /// gives them: the sources are cited in the same order.
    func json(_ loaded: Loaded, key: String) throws -> String {
        let context = loaded.context, lineage = loaded.lineage
        var measuresTold = Set<String>()
        let chain = lineage.steps.map { step in
            var figure = Self.figure(step, entry: context.entry(step))
            if let revisions = loaded.set.revisions[step.key] {
                figure.revisions = RevisionText.lineageText(revisions, of: step, context: context)?.text
            }
            if let later = loaded.laterEditions[step.key] {
                figure.laterEdition = LaterEditionText.lineage(later, of: step, context: context)
                figure.laterEditionKey = later.key
            }
            figure.seriesBreak = LaterEditionText.seriesBreakLine(step, context: context)
            let restorations = (loaded.restorations[step.key] ?? []).map {
                LineageDocument.Restored(
                    $0, withdrawnNumber: FigureHistoryText.withdrawnNumber($0, context: context),
                    text: FigureHistoryText.restored($0, key: step.key, context: context))
            }
            // `restored` stays the latest, as scripts written before read it; `restorations` gives each, oldest first.
            figure.restored = restorations.last
            figure.restorations = restorations.isEmpty ? nil : restorations
            let moved = loaded.reattributions[step.key] ?? []
            figure.reattributions = moved.isEmpty ? nil : moved.map {
                LineageDocument.Reattributed($0, text: FigureHistoryText.reattribution($0, context: context))
            }
            let changes = loaded.breakdownChanges[step.key] ?? []
            figure.breakdownChanges = changes.isEmpty ? nil : changes.map {
                LineageDocument.BreakdownChanged($0, text: FigureHistoryText.breakdownChange($0, context: context))
            }
            // Its measure's earlier values, once, under its first figure, as the text output gives them.
            if measuresTold.insert(step.measure).inserted, let revisions = loaded.measureRevisions[step.measure], !revisions.isEmpty {
                figure.measureRevisions = revisions.map { LineageDocument.MeasureRevised($0, text: MeasureHistoryText.line($0)) }
            }
            return figure
        }
        var flags: [LineageDocument.Flag] = []
        for step in lineage.steps {
            for reuse in loaded.set.reusedKeys[step.key] ?? [] {
                if let text = RevisionText.reuseText(reuse, context: context) {
                    flags.append(LineageDocument.Flag(code: "key-reused", text: text + ".", figure: step.key))
                }
            }
        }
        if let (code, text) = Self.endingFlag(lineage) {
            flags.append(LineageDocument.Flag(code: code, text: text + ".", figure: lineage.last?.key))
        }
        if let origin = ChainCautions.withdrawnOrigin(lineage, context: context) {
            flags.append(LineageDocument.Flag(
                code: "withdrawn-origin", text: ChainCautions.withdrawnFlag(origin, context: context) + ".", figure: origin.figure,
                repeats: origin.cited))
        }
        for found in ChainCautions.earlyLinks(lineage, context: context) {
            flags.append(Self.earlyFlag(found, context: context))
        }
        if lineage.ending == .primary, let last = lineage.last, let copy = LineageText.republished(last, context: context) {
            flags.append(LineageDocument.Flag(code: "second-hand-copy", text: Self.copySentence(copy), figure: last.key))
        }
        for index in lineage.steps.indices.dropLast() {
            if let flag = Self.changeFlag(lineage.steps[index], repeats: lineage.steps[index + 1], context: context) { flags.append(flag) }
        }
        for drift in RepeatChangeText.driftSentences(lineage, context: context) {
            flags.append(Self.driftFlag(drift.figure, sentence: drift.sentence, endsAt: lineage.last))
        }
        let sentence = LineageText.sentence(lineage, context: context)
        var repeatedBy: [LineageDocument.Figure] = []
        if let (records, repeatContext) = loaded.repeats {
            for repeating in loaded.repeaters {
                let (repeaterKey, depth) = (repeating.key, repeating.depth)
                guard let repeater = records[repeaterKey] else { continue }
                var figure = Self.figure(repeater, entry: repeatContext.entry(repeater))
                // The repeats' own context numbers no citation of this document: the label says the source.
                figure.citation = nil
                figure.sourceLabel = context.label(repeater.source)
                figure.depth = depth
                let flags = Self.repeatFlags(repeater, records: records, context: repeatContext)
                if !flags.isEmpty { figure.flags = flags }
                repeatedBy.append(figure)
            }
        }
        let references = ReferenceList.build(context: context).map {
            LineageDocument.Reference(number: $0.number, key: $0.key, label: $0.label, text: $0.text)
        }
        let document = LineageDocument(
            figure: key, chain: chain, ending: lineage.ending.rawValue,
            primary: lineage.ending == .primary ? lineage.last?.key : nil, brokenKey: lineage.brokenKey,
            flags: flags, text: sentence.text, repeatedBy: repeatedBy, references: references)
        return try JSONLayout.document(document)
    }

    /// A figure's fields from its record and its words.
    private static func figure(_ record: FigureRecord, entry: FigureEntry) -> LineageDocument.Figure {
        LineageDocument.Figure(
            key: record.key, value: entry.censored ? nil : entry.value.map(JSONNumber.init),
            censored: entry.censored, low: entry.low.map(JSONNumber.init),
            high: entry.high.map(JSONNumber.init), ciLevel: entry.ciLevel.map(JSONNumber.init), unit: entry.unit,
            text: entry.text, range: entry.range, measure: entry.measure, measureLabel: entry.measureLabel,
            place: entry.place, placeName: entry.placeName, period: entry.period, periodStart: entry.periodStart,
            periodEnd: entry.periodEnd, periodBasis: record.periodUnstated ? Figure.publicationPeriod : nil, sex: entry.sex, ageGroup: entry.ageGroup, form: entry.form, subgroup: entry.subgroup,
            method: entry.method, source: entry.source, sourceLabel: entry.sourceLabel, citation: entry.citation,
            locator: entry.locator, quote: entry.quote, cites: entry.cites, release: entry.release)
    }
}
