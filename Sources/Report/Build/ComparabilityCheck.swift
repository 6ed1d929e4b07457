import Storage

/// Section 5 of a brief: the definitions of the measures present, and a warning wherever the
/// brief puts side by side what cannot be compared as equals.
enum ComparabilityCheck {
    /// Method warnings beyond this many are summed up in one sentence: a brief must stay readable.
    static let methodWarningLimit = 20

    /// - Parameters:
    ///   - passedOver: the figures `tipdb check` calls errors, by key, which the key figures pass over.
    ///   - periodsSaid: key figures whose own caution (`KeyFigurePeriod`) says what the periods
    ///     caution of their measure and place would: it is left out, not said twice.
    ///   - scan: waits for what `ComparabilityScan.started` found among `ordered`.
    ///   - competing: waits for the competing estimates' runs (`competing(ordered, ...)`).
    ///   - boundaryJumps: the jumps between a figure in scope and its neighbour that `--from` or
    ///     `--to` leaves out (`BoundaryJumps`), cautioned about after those within the brief.
    static func build(
        _ ordered: [FigureRecord], keyFigures: [KeyFigure], passedOver errors: [String: [FigureError]] = [:],
        periodsSaid: Set<String> = [], scan: () -> ComparabilityScan, competing: () -> [Competing],
        boundaryJumps: (pairs: [(later: FigureRecord, earlier: FigureRecord)], more: Int, outside: Set<String>) = ([], 0, []),
        context: BriefContext
    ) -> Comparability {
        let catalog = context.catalog
        var present: [String] = []
        var seen: Set<String> = []
        var last: String?
        // Reading order keeps a measure's figures together: one look-up per run, not per figure.
        for figure in ordered where figure.measure != last {
            last = figure.measure
            if seen.insert(figure.measure).inserted { present.append(figure.measure) }
        }
        let definitions = present.compactMap { code -> MeasureDefinition? in
            guard let measure = catalog.measures[code] else { return nil }
            return MeasureDefinition(
                measure: code, label: measure.label, counts: measure.counts, countsText: Words.counts(measure.counts),
                concept: measure.concept, conceptText: Words.concept(measure.concept), definition: measure.definition,
                legalBasis: measure.legalBasis, parent: measure.parent, parentLabel: measure.parent.map(catalog.measureLabel))
        }
        var warnings: [ComparabilityWarning] = []
        if let warning = countsWarning(present, keyFigures: keyFigures, catalog: catalog) { warnings.append(warning) }
        if let warning = conceptsWarning(present, keyFigures: keyFigures, catalog: catalog) { warnings.append(warning) }
        warnings += repeatOriginWarnings(ordered, context: context)
        // The units and denominators cautions cite nothing, so they are found with the scan, on
        // another thread, and put in their place below when it is done.
        let unitsAt = warnings.count
        warnings += changeWarnings(ordered, context: context)
        warnings += priceWarnings(ordered, context: context)
        warnings += methodWarnings(ordered, context: context)
        warnings += copyWarnings(ordered, context: context)
        warnings += estimateWarnings(ordered, keyFigures: keyFigures, passedOver: errors, competing: competing, context: context)
        warnings += editionWarnings(ordered, context: context)
        warnings += impliedBreakWarnings(ordered, context: context)
        let found = scan()
        warnings += sameFigureWarnings(found.sameFigures, keyFigures: keyFigures, context: context)
        warnings.insert(contentsOf: found.units + found.denominators, at: unitsAt)
        warnings += subgroupWarnings(found, context: context)
        warnings += sharesAboveWholeWarnings(ordered, context: context)
        warnings += placeAboveRegionWarnings(found.places, context: context)
        warnings += found.regionSystems
        warnings += partMeasureWarnings(found.partMeasures, context: context)
        warnings += measureSumWarnings(found.measureSums, context: context)
        warnings += subPeriodWarnings(found.subPeriods, context: context)
        warnings += partCountWarnings(keyFigures, ordered: ordered, context: context)
        warnings += publicationDateWarnings(keyFigures, context: context)
        warnings += periodsSaid.isEmpty ? found.periods : found.periods.filter { !$0.figures.contains(where: periodsSaid.contains) }
        // One limit for both: the pairs across a bound fill what the pairs within the brief leave of it.
        let across = boundaryJumps.pairs.prefix(max(0, jumpWarningLimit - found.jumps.count))
        warnings += seriesJumpWarnings(
            found.jumps + across, more: found.moreJumps + boundaryJumps.more + boundaryJumps.pairs.count - across.count,
            outside: boundaryJumps.outside, context: context)
        ComparabilityScan.release(consume found)
        return Comparability(definitions: definitions, warnings: warnings)
    }

    /// The one sentence that sums up the cautions of a kind beyond its limit: it names no figure
    /// and cites nothing, since the figures tables show them all.
    static func summary(_ kind: String, _ text: String) -> ComparabilityWarning {
        ComparabilityWarning(kind: kind, text: text, figures: [], citations: [])
    }

    /// ` The periods 2018-01-01 to 2018-12-31 and 2018 cover the same days.` for a caution that
    /// names figures whose periods cover the same days but are written differently, each
    /// spelling once in the order of `figures`; empty when they are all written alike.
    ///
    /// Why: the caution names one period, and a reader who finds the figures in the tables under
    /// another spelling should know why they were compared, as check's rows say it
    /// (`PeriodDays.sameDaysNote`).
    static func sameDaysSentence(_ figures: [FigureRecord]) -> String {
        let periods = writtenPeriods(figures)
        return periods.count > 1 ? " The periods " + Words.list(periods) + " cover the same days." : ""
    }

    /// `sameDaysSentence` as a note in brackets, for an item of a list: ` (periods January-December
    /// 2019 and 2019 cover the same days)`.
    static func sameDaysNote(_ figures: [FigureRecord]) -> String {
        let periods = writtenPeriods(figures)
        return periods.count > 1 ? " (periods " + Words.list(periods) + " cover the same days)" : ""
    }

    /// Each period of `figures` as the brief writes a stated one, once, in their order.
    ///
    /// Why not `periodText`: a period filed as the publication year reads "period not stated" there,
    /// and "The periods 2014 and period not stated cover the same days" named no second writing of
    /// the year (a row typed again without `period_basis` beside the stored figure, session 33).
    private static func writtenPeriods(_ figures: [FigureRecord]) -> [String] {
        var periods: [String] = []
        for figure in figures {
            let period = ReferencePeriod(start: figure.periodStart, end: figure.periodEnd).text
            if !periods.contains(period) { periods.append(period) }
        }
        return periods
    }

    private static let countsKinds = Measure.peopleOrCasesCounts

    /// Prevalence estimates, detected counts and criminal-justice counts side by side: what each
    /// counts, and why none is a share of another.
    ///
    /// Why it says only what the brief holds: a brief of detected victims and convicted persons
    /// was told they "are neither a share nor a lower bound of the prevalence estimates", of which
    /// it held none, and not that detected victims and convictions are different stages of the
    /// justice process, which was the caution it needed.
    private static func countsWarning(_ present: [String], keyFigures: [KeyFigure], catalog: Catalog) -> ComparabilityWarning? {
        var byKind: [String: [String]] = [:]
        for code in present {
            guard let counts = catalog.measures[code]?.counts, countsKinds.contains(counts) else { continue }
            byKind[counts, default: []].append(catalog.measureLabel(code))
        }
        guard byKind.count >= 2 else { return nil }
        let described = countsKinds.compactMap { kind -> String? in
            guard let labels = byKind[kind] else { return nil }
            let what =
                switch kind {
                case "prevalence-estimate": "prevalence estimates, which estimate everyone in the situation at a point in time"
                case "detected-count": "counts of detected victims, which count only the people who came to the attention of authorities or organisations"
                default: "criminal-justice counts, which count cases, suspects or offenders handled by police and courts"
                }
            return "\(what) (\(Words.list(labels)))"
        }
        let detected = byKind["detected-count"] != nil, justice = byKind["criminal-justice-count"] != nil
        let counts = detected && justice ? "Detected and criminal-justice counts" : detected ? "Counts of detected victims" : "Criminal-justice counts"
        var text = "This brief puts side by side " + Words.list(described) + ". "
            + "\(counts) rise and fall with detection capacity, law and reporting, "
            + "so a fall can mean less detection rather than less exploitation"
        if byKind["prevalence-estimate"] != nil {
            text += "; they are neither a share nor a lower bound of the prevalence estimates, and must not be compared with them "
                + "as if they counted the same people"
        }
        text += "."
        if detected && justice {
            text += " Counts of detected victims and criminal-justice counts count different stages of the justice process, not the "
                + "same people: victims on one side, cases, suspects or offenders on the other, so neither is a share of the other."
        }
        let keys = keyFigures.filter { byKind.count >= 2 && countsKinds.contains(catalog.measures[$0.measure]?.counts ?? "") }
            .map(\.figure.key)
        return ComparabilityWarning(kind: "counts", text: text, figures: keys, citations: [])
    }

    /// Figures for different concepts: trafficking, forced labour, forced marriage, modern slavery,
    /// child labour, and measures of concept `other` (a user's child marriage, say), with how
    /// the concepts in scope relate, and only those.
    ///
    /// Why each relation on its own: one fixed paragraph spoke of trafficking in a brief on child
    /// labour and forced labour, never said that child labour is not forced labour of children,
    /// and told donors that figures of different concepts "must not be added up" beside modern
    /// slavery defined as forced labour plus forced marriage, the one sum the Global Estimates
    /// make; a measure of concept `other` got no caution at all (a child-rights specialist's
    /// review, session 55).
    private static func conceptsWarning(_ present: [String], keyFigures: [KeyFigure], catalog: Catalog) -> ComparabilityWarning? {
        var byConcept: [String: [String]] = [:]
        var order: [String] = []
        for code in present {
            guard let concept = catalog.measures[code]?.concept else { continue }
            // Measures of no named concept are named by their labels: set against a named concept,
            // never against each other (a user's two measures of child marriage may count one thing).
            if byConcept[concept] == nil { order.append(concept) }
            byConcept[concept, default: []].append(catalog.measureLabel(code))
        }
        guard order.count >= 2 else { return nil }
        let described = order.map { concept in
            concept == "other"
                ? "\(Words.list(byConcept[concept] ?? [])), \((byConcept[concept]?.count ?? 0) == 1 ? "a concept" : "concepts") of \((byConcept[concept]?.count ?? 0) == 1 ? "its" : "their") own"
                : "\(Words.concept(concept)), \(Words.conceptBasis(concept)) (\(Words.list(byConcept[concept] ?? [])))"
        }
        var text = "The figures belong to \(order.count) different concepts: " + described.joined(separator: "; ") + ". "
        let relations = conceptRelations(Set(order))
        text += relations.sentences.map { $0 + " " }.joined()
        text += "A figure for a narrower concept is not a lower estimate of a broader one, and figures for different concepts must "
            + "not\(relations.sumAllowed ? ", but for that sum," : "") be added up or compared as if they counted the same people."
        return ComparabilityWarning(kind: "concepts", text: text, figures: keyFigures.map(\.figure.key), citations: [])
    }

    /// How the concepts in `concepts` relate, one sentence for each pair that does, and whether
    /// one of them says which figures of different concepts may be added (forced labour and
    /// forced marriage, which make modern slavery).
    private static func conceptRelations(_ concepts: Set<String>) -> (sentences: [String], sumAllowed: Bool) {
        var sentences: [String] = []
        var sumAllowed = false
        let has = concepts.contains
        if has("forced-labour") && has("forced-marriage") {
            sumAllowed = true
            sentences.append("Forced labour and forced marriage do not overlap in the global estimates: figures of the two from "
                + "one estimate and period add up to its modern slavery figure, the one sum across these concepts the source makes.")
        } else if has("modern-slavery") && (has("forced-labour") || has("forced-marriage")) {
            let part = has("forced-labour") ? "forced labour" : "forced marriage"
            sentences.append("\(part.prefix(1).uppercased() + part.dropFirst()) is a part of modern slavery, not another estimate of it.")
        }
        if has("trafficking") && (has("forced-labour") || has("modern-slavery")) {
            let other = has("forced-labour") ? "forced labour" : "modern slavery"
            sentences.append("Trafficking in persons and \(other) overlap, but neither contains the other: many victims of trafficking "
                + "are in \(other), and many people in \(other) were never trafficked.")
        }
        if has("child-labour") && (has("forced-labour") || has("modern-slavery")) {
            sentences.append("Child labour is not forced labour of children: child labour counts children working below the "
                + "minimum age or in hazardous work, while forced labour's figure for children counts children in forced labour, a "
                + "different count from another estimate, neither a part nor a share of child labour's; the two must not be added up "
                + "or set against each other.")
        }
        return (sentences, sumAllowed)
    }

    /// One measure given in several kinds of unit (people and percent, say), or in an amount per
    /// person beside a total amount.
    static func unitWarnings(_ ordered: [FigureRecord], catalog: Catalog) -> [ComparabilityWarning] {
        var units: [String: [String]] = [:]
        var order: [String] = []
        // Figures come grouped by measure: collect units per run, touching the dictionary once per measure.
        var current: (measure: String, units: [String])?
        for figure in ordered {
            if current?.measure != figure.measure {
                if let current { units[current.measure] = current.units }
                current = (figure.measure, [])
                order.append(figure.measure)
            }
            if !(current?.units.contains(figure.unit) ?? true) { current?.units.append(figure.unit) }
        }
        if let current { units[current.measure] = current.units }
        // The figures each caution is about: all of its measure's, in every unit, in reading order,
        // so that a script can attach the caution to its rows (JSON `figures` was empty, review of
        // session 48). A second pass, made only when some measure has two units or more.
        let mixed = Set(order.filter { (units[$0]?.count ?? 0) >= 2 })
        var keys: [String: [String]] = [:]
        // Measure and unit of the rates for a sex or an age group among them.
        var subgroupRates: Set<String> = []
        if !mixed.isEmpty {
            var last: (measure: String, mixed: Bool)?
            for figure in ordered {
                if last?.measure != figure.measure { last = (figure.measure, mixed.contains(figure.measure)) }
                guard last?.mixed ?? false else { continue }
                keys[figure.measure, default: []].append(figure.key)
                if figure.sex != "total" || figure.ageGroup != "total", catalog.units[figure.unit]?.dimension == "rate" {
                    subgroupRates.insert(figure.measure + "\u{1F}" + figure.unit)
                }
            }
        }
        return order.compactMap { measure in
            guard var list = units[measure], list.count >= 2 else { return nil }
            // The measure's own unit first, then the others by code: the sentence must not depend on which figure came first.
            let usual = catalog.measures[measure]?.defaultUnit
            list.sort { ($0 == usual ? 0 : 1, $0) < ($1 == usual ? 0 : 1, $1) }
            // A rate of a sex or an age group is per 1,000 of that group, not of the population
            // (`denominatorWarnings` says when the groups differ).
            let labels = list.map { unit in
                let label = catalog.units[unit]?.label ?? unit
                return subgroupRates.contains(measure + "\u{1F}" + unit) ? label.replacingOccurrences(of: " population", with: "") : label
            }
            // Only the kinds of quantity present are named: a list of all four claimed a change
            // (or a rate) that the brief did not hold.
            var kinds: [String] = []
            for unit in list {
                let kind = Words.quantityKind(catalog.units[unit]?.dimension ?? "count")
                if !kinds.contains(kind) { kinds.append(kind) }
            }
            var different = kinds.count < 2 ? [] : [Words.list(kinds) + " are different quantities"]
            // Two money units, one per person: the kinds alone ("an amount of money") said nothing
            // of US$10,000 per victim beside US$236 billion in all.
            let money = list.filter { catalog.units[$0]?.dimension == "money" }
            if money.contains(where: Words.isPerPerson), money.contains(where: { !Words.isPerPerson($0) }) {
                different.append("an amount per person is not a total amount")
            }
            let said = different.isEmpty ? "" : different.joined(separator: ", and ") + "; "
            let text = "\(catalog.measureLabel(measure)) is given in \(list.count) different units "
                + "(\(Words.list(labels))): \(said)compare figures only within one unit."
            return ComparabilityWarning(kind: "units", text: text, figures: keys[measure] ?? [], citations: [])
        }
    }

    /// Successive estimates of one measure in one place from different studies or sources, in
    /// one unit: each unit's figures are a series of their own (a rate per 1,000 beside counts);
    /// changes over years are none.
    ///
    /// A primary estimate published only as a bound (`<5`) counts: it has no value to draw,
    /// but it is a figure of its own data collection all the same, and `<5` from one source
    /// followed by 7 from another is no more a trend than two values would be.
    ///
    /// Why every unit, not only the measure's usual one: 3.1 per 1,000 (2016, one institute)
    /// and 4.2 per 1,000 (2018, another) had no caution, and the section then said that nothing
    /// mixed "successive estimates from different studies" (review of session 47).
    private static func methodWarnings(_ ordered: [FigureRecord], context: BriefContext) -> [ComparabilityWarning] {
        let groups = BriefContext.byMeasureAndPlace(ordered)
        var warnings: [ComparabilityWarning] = []
        var skipped = 0
        // A figure a later edition of its producer gives again is that edition's revision, not a
        // point of the series (`EditionRevisions`): its own caution names it.
        let editions = context.editions, earlierOnly = context.earlierReleaseOnly
        for group in groups {
            // Look for a second origin and a second period first, per unit; the series is built
            // and sorted only for warnings that are written. A group mostly holds one unit, so
            // its units are searched in order; the usual unit comes first.
            let usual = group.first.flatMap { context.catalog.measures[$0.measure]?.defaultUnit }
            var slots: [(first: FigureRecord, origins: Bool, periods: Bool)] = []
            for figure in group
            where (figure.isPrimaryInAnyUnit || (!earlierOnly.isEmpty && earlierOnly.contains(figure.key))) && !editions.isApart(figure) {
                guard let index = slots.firstIndex(where: { $0.first.unit == figure.unit }) else {
                    // A change over years (down 11% for 2019-2020) is itself a difference, not a
                    // level of a series: two of them are not successive estimates (`SeriesJump` leaves them out too).
                    if figure.unit != usual, context.catalog.units[figure.unit]?.dimension == "change" { continue }
                    if figure.unit == usual { slots.insert((figure, false, false), at: 0) } else { slots.append((figure, false, false)) }
                    continue
                }
                let earlier = slots[index].first
                if slots[index].origins && slots[index].periods { continue }
                if !slots[index].origins, !sameCollection(figure, earlier, context.catalog) {
                    slots[index].origins = true
                }
                // By the days they cover: `2018` and `2018-01-01`/`2018-12-31` are one period, no trend.
                if !slots[index].periods, figure.periodStart != earlier.periodStart || figure.periodEnd != earlier.periodEnd,
                   figure.firstDay != earlier.firstDay || figure.lastDay != earlier.lastDay {
                    slots[index].periods = true
                }
            }
            let units = slots.filter { $0.origins && $0.periods }.map(\.first.unit)
            for unit in units {
                guard warnings.count < methodWarningLimit else {
                    skipped += 1
                    continue
                }
                let asked = unit == usual ? nil : unit
                let earlier = context.earlierReleaseOnly
                let series = editions.isEmpty ? Headline.series(group, includingBounds: true, unit: asked, earlier: earlier)
                    : Headline.series(group.filter { !editions.isApart($0) }, includingBounds: true, unit: asked, earlier: earlier)
                let seriesOrigins = Set(series.map { collection(of: $0, context.catalog) })
                let seriesPeriods = Set(series.map { $0.firstDay &* 100_000_000 &+ $0.lastDay })
                guard seriesOrigins.count >= 2, seriesPeriods.count >= 2, let first = series.first else { continue }
                warnings.append(methodWarning(series, origins: seriesOrigins.count, first: first, context: context))
            }
        }
        if skipped > 0 {
            warnings.append(ComparabilityWarning(
                kind: "methods",
                text: "\(Words.count(skipped, "more measure and place", "more measures and places")) have successive "
                    + "estimates from different studies or sources; the same caution applies to each (see the figures tables).",
                figures: [], citations: []))
        }
        return warnings
    }

    private static func methodWarning(_ series: [FigureRecord], origins: Int, first: FigureRecord, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        // Each with its interval, first in its bracket: `12,000 (10,000 to 14,000, 95% interval; 2018, ...)`.
        let listed = series.map { figure -> CitedText in
            context.withInterval(figure, then: "\(figure.periodText), \(context.citedLabel(figure.source))")
        }
        let methods = series.compactMap { $0.study.flatMap { catalog.studies[$0]?.method } }
        var uniqueMethods: [String] = []
        for method in methods where !uniqueMethods.contains(method) { uniqueMethods.append(method) }
        // The same words as the caution a chart of this series carries (`SeriesCaution`).
        let detected = SeriesCaution.isDetected(first.measure, catalog: catalog)
        // Estimates of different producers are independent, not editions (`SeriesProducers`);
        // counts from records keep their own reason, which speaks of no editions.
        let producers = detected ? nil : SeriesProducers(series, catalog: catalog)
        let independent = producers.flatMap { $0.isIndependent ? $0 : nil }.map {
            SeriesCaution.producers($0, collections: origins, context: context, label: context.citedLabel)
        }
        var text = CitedText(plain: "\(catalog.measureLabel(first.measure)), \(Words.aroundComma(catalog.placeName(first.place))): the \(series.count) figures ")
        text += "\(CitedText.list(listed)) come from "
        // Counts from records of one producer's editions (a rapporteur's yearly monitors) are one series, not
        // "different data collections" (`SeriesCaution.editions`).
        let editions = SeriesCaution.editions(series, collections: origins, catalog: catalog)
        // Beside another producer's counts, a producer's editions are still one data collection.
        let mixed = editions == nil && detected ? SeriesCaution.mixedEditions(series, catalog: catalog, label: context.citedLabel) : nil
        text += independent?.origins ?? mixed ?? CitedText(plain: editions ?? SeriesCaution.origins(origins, detected: detected))
        if !uniqueMethods.isEmpty { text += " (stated methods: \(Words.list(uniqueMethods.map(Words.studyMethod))))" }
        text += ". " + (independent?.reason ?? CitedText(plain: SeriesCaution.reason(
            measure: first.measure, place: first.place, catalog: catalog, editions: editions != nil, mixed: mixed != nil)))
        return ComparabilityWarning(
            kind: "methods", text: text, figures: series.map(\.key), citations: series.map { context.cite($0.source) })
    }
}
