import Storage

/// A measure larger than the broader measure it is part of (`measures.parent`), for the same
/// source, place, period, unit and subgroup: state-imposed forced labour of 5,000 beside forced
/// labour of 1,000. The rule of `tipdb check`'s `measure-above-whole` warning.
///
/// Why a caution: the brief's own definitions say "part of Forced labour", and its key figures
/// then set the part above the whole without a word, the contradiction a subgroup above its
/// total is cautioned about (`subgroupWarnings`).
extension ComparabilityCheck {
    /// - Parameter found: the pairs `partsAboveWholes` found.
    static func partMeasureWarnings(
        _ found: [(part: FigureRecord, whole: FigureRecord)], context: BriefContext
    ) -> [ComparabilityWarning] {
        var warnings = found.prefix(subgroupWarningLimit).map { partMeasureWarning($0.part, whole: $0.whole, context: context) }
        let more = found.count - warnings.count
        if more > 0 {
            warnings.append(ComparabilityWarning(
                kind: "subgroups",
                text: "\(Words.count(more, "more figure is", "more figures are")) larger than the figure of the broader measure "
                    + "\(more == 1 ? "it is" : "they are") part of; the same caution applies to each "
                    + "(tipdb check lists them all as measure-above-whole).",
                figures: [], citations: []))
        }
        return warnings
    }

    /// Each figure of a sub-measure above the figure of its parent measure in its slot, in reading
    /// order of the part. Reads nothing but its arguments: it runs on a background thread (`ComparabilityScan`).
    static func partsAboveWholes(_ ordered: [FigureRecord], catalog: Catalog) -> [(part: FigureRecord, whole: FigureRecord)] {
        // Each measure's parent, looked up once per measure (a `Measure` is a large value to copy).
        var parentOf: [String: String] = [:]
        for code in Set(ordered.lazy.map(\.measure)) {
            if let parent = catalog.measures[code]?.parent, parent != code { parentOf[code] = parent }
        }
        let parents = Set(parentOf.values)
        guard !parents.isEmpty else { return [] }
        func addsUp(_ figure: FigureRecord) -> Bool {
            !figure.hasBreakdown && SubgroupTotals.dimensions.contains(catalog.units[figure.unit]?.dimension ?? "")
        }
        func slot(_ measure: String, _ figure: FigureRecord) -> String {
            [measure, figure.place, figure.periodStart, figure.periodEnd, figure.source, figure.unit, figure.sex,
             figure.ageGroup, figure.form ?? ""].joined(separator: "\u{0}")
        }
        // Each whole by its slot: of several, the one whose largest possible number is smallest.
        var wholes: [String: (figure: FigureRecord, amount: Double)] = [:]
        for figure in ordered where parents.contains(figure.measure) && addsUp(figure) {
            guard let amount = figure.value ?? figure.high else { continue }
            let key = slot(figure.measure, figure)
            if let held = wholes[key], held.amount <= amount { continue }
            wholes[key] = (figure, amount)
        }
        guard !wholes.isEmpty else { return [] }
        var found: [(part: FigureRecord, whole: FigureRecord)] = []
        for part in ordered {
            guard let parent = parentOf[part.measure], parents.contains(parent), addsUp(part),
                  let amount = part.low ?? part.value, let whole = wholes[slot(parent, part)], amount > whole.amount else { continue }
            found.append((part, whole.figure))
        }
        return found
    }

    private static func partMeasureWarning(_ part: FigureRecord, whole: FigureRecord, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let subgroup = BriefContext.subgroup(part, catalog: catalog)
        let text = "\(catalog.measureLabel(whole.measure)) in \(Words.place(catalog.placeName(part.place))), "
            + "\(ReferencePeriod(start: part.periodStart, end: part.periodEnd).text), \(context.citedLabel(part.source))"
            + (subgroup == "all" ? "" : ", \(subgroup)") + ": "
            + "\(catalog.measureLabel(part.measure)) (\(context.text(part))) is larger than "
            + "\(catalog.measureLabel(whole.measure)) (\(context.text(whole))), the measure it is part of. "
            + "Both are kept as published, but a part cannot be larger than its whole: one of the two counts something else "
            + "or is wrong. Say so when citing either."
        return ComparabilityWarning(
            kind: "subgroups", text: text, figures: [part.key, whole.key], citations: [context.cite(part.source)])
    }
}
