import Storage

/// One source's figure held under two keys: the brief's side of `tipdb check`'s
/// `same-figure-twice` warning, by the same rule (the source, measure, place, period by its days,
/// sex, age group, form, unit, method and study, a figure naming none being of any study of its
/// source, the breakdown, and a share's notes; no repeat).
///
/// Why a caution: the brief would otherwise show the figure twice, as if the source said it twice,
/// and where the two numbers differ its key figure took whichever key sorted first, without a word.
extension ComparabilityCheck {
    /// The groups of two or more figures in `ordered` (reading order) that are one source's figure
    /// under different keys, in reading order of their first figure, each in key order.
    ///
    /// Why integers first: this looks at every figure in scope. Each figure of a measure and place
    /// gets its period's first and last days and its source's index (`PeriodDays`, read from the
    /// bytes; no string is built or hashed), those are sorted as numbers, and only figures equal in
    /// all three are compared by their text fields.
    static func sameFigures(_ ordered: [FigureRecord], catalog: Catalog) -> [[FigureRecord]] {
        var found: [[FigureRecord]] = []
        var slots: [(first: Int, last: Int, source: Int, index: Int)] = []
        for group in BriefContext.byMeasureAndPlace(ordered) where group.count >= 2 {
            slots.removeAll(keepingCapacity: true)
            for index in group.indices where group[index].cites == nil {
                let figure = group[index]
                slots.append((figure.firstDay, figure.lastDay, figure.sourceIndex, index))
            }
            // A group whose figures are all repeats has no slot to compare.
            guard slots.count >= 2 else { continue }
            slots.sort { ($0.first, $0.last, $0.source, $0.index) < ($1.first, $1.last, $1.source, $1.index) }
            var start = 0
            for end in 1...slots.count {
                if end < slots.count, slots[end].first == slots[start].first, slots[end].last == slots[start].last,
                   slots[end].source == slots[start].source {
                    continue
                }
                if end - start >= 2 { found += sameFigures(among: slots[start..<end].map { group[$0.index] }, catalog: catalog) }
                start = end
            }
        }
        return found
    }

    /// The figures of `candidates` (one measure, place, period by its days and source index) that
    /// are the same figure, in groups of two or more: alike in every field but the study, then
    /// split by study as `tipdb check` splits them (`SameFigureStudies`: a figure that names none
    /// is of any study of its source).
    private static func sameFigures(among candidates: [FigureRecord], catalog: Catalog) -> [[FigureRecord]] {
        func alike(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
            a.source == b.source && a.sex == b.sex && a.ageGroup == b.ageGroup && a.form == b.form && a.unit == b.unit
                && a.method == b.method && a.breakdowns == b.breakdowns
                && (a.notes == b.notes || catalog.units[a.unit]?.dimension != "share")
        }
        var groups: [[FigureRecord]] = []
        var taken = Set<Int>()
        for (index, figure) in candidates.enumerated() where !taken.contains(index) {
            var partition = [figure]
            for other in (index + 1)..<candidates.count where !taken.contains(other) && alike(figure, candidates[other]) {
                partition.append(candidates[other])
                taken.insert(other)
            }
            guard partition.count >= 2 else { continue }
            for members in SameFigureStudies.groups(partition.map(\.study)) {
                groups.append(members.map { partition[$0] }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
            }
        }
        return groups
    }

    /// Same-figure cautions beyond this many are summed up in one sentence.
    static let sameFigureWarningLimit = 20

    /// "Forced labour in Nepal, 2018: ILO 2022 [1] gives 35,000 (zz-nepal) and 32,000 (aa-nepal) for
    /// one figure, under two keys: ..."; when a key figure is one of them, which one it took and why.
    static func sameFigureWarnings(_ groups: [[FigureRecord]], keyFigures: [KeyFigure], context: BriefContext) -> [ComparabilityWarning] {
        var keyed: Set<String> = []
        for key in keyFigures { keyed.insert(key.figure.key) }
        var warnings = groups.prefix(sameFigureWarningLimit).map { sameFigureWarning($0, keyFigures: keyed, context: context) }
        let more = groups.count - sameFigureWarningLimit
        if more > 0 {
            warnings.append(summary(
                "same-figure",
                "\(Words.count(more, "more figure is", "more figures are")) given by one source under two or more keys; "
                    + "the same caution applies to each (see the figures tables)."))
        }
        return warnings
    }

    private static func sameFigureWarning(_ group: [FigureRecord], keyFigures: Set<String>, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let first = group[0]  // a group has two figures at least
        let period = first.periodText
        let who = subgroupAndUnit(first, context: context)
        // Plain text but for the source's citation: a key may hold brackets, and `[3]` in one is no citation.
        var text = CitedText(plain: "\(catalog.measureLabel(first.measure)) in \(Words.place(catalog.placeName(first.place))), \(period)"
            + (who == "all" ? "" : ", \(who)") + ": ")
        text += "\(context.citedLabel(first.source)) "
        let same = group.allSatisfy { $0.value == first.value && $0.censored == first.censored && $0.low == first.low && $0.high == first.high }
        var words: String
        if same {
            words = "gives \(context.markedText(first)) once, but the database holds it under \(Audit.few(group.count)) keys, "
                + Words.list(group.map(\.key)) + ": the same figure stored twice (most often a renamed key), not two sources that agree."
        } else {
            words = "gives " + Words.list(group.map { "\(context.markedText($0)) (\($0.key))" })
                + " for one figure, under \(Audit.few(group.count)) keys: most often a renamed key or a row typed twice, so one of the numbers is wrong."
        }
        words += sameDaysSentence(group)
        if let note = SameFigureStudies.note(keys: group.map(\.key), studies: group.map(\.study)) {
            words += " " + note.prefix(1).uppercased() + note.dropFirst() + ": a figure that names no study is not told apart by it."
        }
        if let key = group.first(where: { keyFigures.contains($0.key) }), !same {
            words += " The key figure uses \(context.markedText(key)) (\(key.key)) only because its key sorts first."
        }
        words += " Check them against the source before citing \(same ? "it" : "either") (tipdb check warns of it as same-figure-twice)."
        text += CitedText(plain: words)
        return ComparabilityWarning(kind: "same-figure", text: text, figures: group.map(\.key), citations: [context.cite(first.source)])
    }
}
