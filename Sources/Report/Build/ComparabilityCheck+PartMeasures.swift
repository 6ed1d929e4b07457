import Storage

/// A measure larger than a broader measure it is part of (`measures.parent`, up the chain), for the same
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

    /// Each figure of a sub-measure above the figure of a measure it is part of in its slot (its
    /// parent, or an ancestor further up `measures.parent`, nearest first), in reading order of
    /// the part. Reads nothing but its arguments: it runs on a background thread (`ComparabilityScan`).
    ///
    /// Why every ancestor: ILO 2017 and 2022 publish privately imposed forced labour exploitation
    /// beside forced labour and modern slavery but not the private economy between them, and a
    /// part above its grandparent passed without a word (check's `measure-above-whole` follows
    /// the chain too).
    static func partsAboveWholes(_ ordered: [FigureRecord], catalog: Catalog) -> [(part: FigureRecord, whole: FigureRecord)] {
        // Each measure's ancestors, nearest first, looked up once per measure (a `Measure` is a large value to copy).
        var ancestorsOf: [String: [String]] = [:]
        var last = ""
        for figure in ordered where figure.measure != last {
            last = figure.measure
            if ancestorsOf[last] == nil { ancestorsOf[last] = ancestors(of: last, catalog: catalog) }
        }
        let wholeMeasures = Set(ancestorsOf.values.joined())
        guard !wholeMeasures.isEmpty else { return [] }
        // Figures come in reading order, measure by measure, so the measure and unit of one are
        // mostly those of the one before: their look-ups are remembered from it.
        var adding = (unit: "", addsUp: false)
        func addsUp(_ figure: FigureRecord) -> Bool {
            if figure.unit != adding.unit {
                adding = (figure.unit, SubgroupTotals.dimensions.contains(catalog.units[figure.unit]?.dimension ?? ""))
            }
            return !figure.hasBreakdown && adding.addsUp
        }
        // Each whole by its slot: of several, the one whose largest possible number is smallest.
        var wholes: [PartSlot: (figure: FigureRecord, amount: Double)] = [:]
        var whole = (code: "", isWhole: false)
        for figure in ordered {
            if figure.measure != whole.code { whole = (figure.measure, wholeMeasures.contains(figure.measure)) }
            guard whole.isWhole, addsUp(figure) else { continue }
            guard let amount = MeasureSums.largest(value: figure.value, high: figure.high) else { continue }
            let key = PartSlot(measure: figure.measure, figure)
            if let held = wholes[key], held.amount <= amount { continue }
            wholes[key] = (figure, amount)
        }
        guard !wholes.isEmpty else { return [] }
        var found: [(part: FigureRecord, whole: FigureRecord)] = []
        var measure = (code: "", ancestors: [String]())
        for part in ordered {
            if part.measure != measure.code {
                measure = (part.measure, (ancestorsOf[part.measure] ?? []).filter(wholeMeasures.contains))
            }
            guard !measure.ancestors.isEmpty, addsUp(part), let amount = part.low ?? part.value else { continue }
            for ancestor in measure.ancestors {
                guard let whole = wholes[PartSlot(measure: ancestor, part)], amount > whole.amount else { continue }
                found.append((part, whole.figure))
            }
        }
        return found
    }

    /// The measures `measure` is part of along `measures.parent`, nearest first; a loop ends the walk.
    static func ancestors(of measure: String, catalog: Catalog) -> [String] {
        var chain: [String] = []
        var seen: Set<String> = [measure]
        var next = catalog.measures[measure]?.parent
        while let parent = next, seen.insert(parent).inserted {
            chain.append(parent)
            next = catalog.measures[parent]?.parent
        }
        return chain
    }

    /// Where a part meets its whole: the same source and study, place, period by the days it covers (as
    /// check's `measure-above-whole` has it: `2019-01`/`2019-12` is `2019`), unit and subgroup,
    /// under the whole's measure. Fields, not one joined text: joining nine strings per figure
    /// was most of this check's time in a large brief.
    ///
    /// Equal when every field is; hashed by the five that tell most slots apart (place, first
    /// day, sex, age group, source). The measure is the same for every whole a part is looked up
    /// among, and the last day, unit and form mostly follow the others: hashing all nine strings
    /// was some 100M instructions over 100,000 figures (`callgrind`), and slots that share the
    /// five are few and compared field by field.
    struct PartSlot: Hashable {
        let measure: String
        let place: String
        /// The period's first and last days (`PeriodDays`, through `BriefContext.days`).
        let firstDay: Int
        let lastDay: Int
        let source: String
        /// Two studies of one source count two samples: a part of one is no part of the other's whole.
        let study: String?
        let unit: String
        let sex: String
        let ageGroup: String
        let form: String

        init(measure: String, _ figure: FigureRecord) {
            self.measure = measure
            place = figure.place
            (firstDay, lastDay) = BriefContext.days(figure)
            source = figure.source
            study = figure.study
            unit = figure.unit
            sex = figure.sex
            ageGroup = figure.ageGroup
            form = figure.form ?? ""
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(place)
            hasher.combine(firstDay)
            hasher.combine(sex)
            hasher.combine(ageGroup)
            hasher.combine(source)
        }
    }

    private static func partMeasureWarning(_ part: FigureRecord, whole: FigureRecord, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let subgroup = BriefContext.subgroup(part, catalog: catalog)
        var text = CitedText(plain: "\(catalog.measureLabel(whole.measure)) in \(Words.place(catalog.placeName(part.place))), "
            + "\(part.periodText), ")
        text += context.citedLabel(part.source)
        text += (subgroup == "all" ? "" : ", \(subgroup)") + ": "
        text += "\(catalog.measureLabel(part.measure)) (\(context.boundedText(part))) is larger than "
            + "\(catalog.measureLabel(whole.measure)) (\(context.boundedText(whole))), \(partOf(part.measure, whole: whole.measure, catalog: catalog))."
            + "\(sameDaysSentence([part, whole]))"
        text += " Both are kept as published, but a part cannot be larger than its whole: one of the two counts something else "
            + "or is wrong. Say so when citing either."
        return ComparabilityWarning(
            kind: "subgroups", text: text, figures: [part.key, whole.key], citations: [context.cite(part.source)])
    }

    /// "the measure it is part of" for a parent; "a measure it is part of through Forced labour in
    /// the private economy" for an ancestor further up, naming the measures between.
    private static func partOf(_ part: String, whole: String, catalog: Catalog) -> String {
        let between = ancestors(of: part, catalog: catalog).prefix { $0 != whole }
        guard !between.isEmpty else { return "the measure it is part of" }
        return "a measure it is part of through " + Words.list(between.map(catalog.measureLabel))
    }
}
