import Storage

/// Section 8 of a brief: what the database does not know for the scope. Lists are capped with
/// "and N more" so that a region of fifty countries stays readable.
enum GapAnalysis {
    static let listLimit = 12

    /// ISO 3166-1 entries with no permanent population, left out of the countries a scope is
    /// checked for (unless asked for by name): Antarctica (ATA), Bouvet Island (BVT), the British
    /// Indian Ocean Territory (IOT), the French Southern Territories (ATF), Heard Island and
    /// McDonald Islands (HMD), South Georgia and the South Sandwich Islands (SGS) and the United
    /// States Minor Outlying Islands (UMI).
    ///
    /// Why: "no figure for Antarctica" is no gap in trafficking data, and listing such places
    /// among the countries without figures hid the real gaps and inflated their count. These are
    /// the ISO 3166-1 entries to which the UN's population estimates (World Population Prospects)
    /// give no population, neither of their own nor counted with another country: they have no
    /// permanent residents, only the staff of research stations, military bases or weather
    /// stations, or no one. Entries the UN counts with another country but that have residents
    /// (Åland, Christmas Island, the Cocos (Keeling) Islands, Norfolk Island, Svalbard and Jan
    /// Mayen) stay in, and so does any place asked for by name (`--place ATA`).
    static let withoutPermanentPopulation: Set<String> = ["ATA", "BVT", "IOT", "ATF", "HMD", "SGS", "UMI"]

    /// - Parameter retracted: the figures in scope that `tipdb retract` withdrew (`retracted(in:db:)`).
    static func build(
        _ ordered: [FigureRecord], keyFigures: [KeyFigure], retracted: RetractedFigures, context: BriefContext
    ) -> DataGaps {
        let catalog = context.catalog
        let scope = context.scope
        var placesWithFigures: Set<String> = []
        // Places with a figure of its source's own (`isOwnFigure`): a place whose only figures are
        // repeats of another source's figure has no figure of its own (`onlyRepeatsSentence`).
        var placesWithOwnFigures: Set<String> = []
        var runOwn = false
        var years: [String: Set<Int>] = [:]
        var allYears: Set<Int> = []
        // Under a month or day filter, the units each figure covers, per measure, as spans.
        let unit = GapUnit(from: scope.filters.from, to: scope.filters.to)
        var spans: [String: [(first: Int, last: Int)]] = [:]
        var measures: [String] = []
        var primarySources: [String: [String]] = [:]
        var tracedCounts: [String: Int] = [:]
        // Repeats traced to a figure of another measure, place or period: not traced to it for this scope (`movedSentence`).
        var moved: [String: [MovedRepeat]] = [:]
        var estimatedPlaces: Set<String> = []
        // Figures come in reading order (measure, then place): work per run, not per figure.
        var run: (measure: String, place: String, traced: Int, sources: [String], years: Set<Int>)?
        var lastPeriod = ("", "", false)
        // The first and last units the figures of each measure are filed under: with the units
        // they cover, the span the gaps are looked for in (`FiledSpan`).
        var filed: [String: FiledSpan] = [:]
        var lastFiled = ("", "")
        // A run's figures mostly share a unit, and its place is one: asked once, not per figure.
        var lastUnit: (unit: String, isChange: Bool)?
        // Repeats filed under a stated period, by measure: they cover their original's period,
        // not the one the tables list them under, which the year gaps then say (`repeatsPhrase`).
        var repeats: [String: [FigureRecord]] = [:]
        // Figures whose source states no period and that cover none, by measure (`unstatedClause`).
        var unstated: [String: Int] = [:]
        var runEstimated = false
        // The run each source (by its index in `RecordLookups`) was last added to: an origin is
        // checked by index, not compared with each source of the run's list (some 440
        // instructions a figure over 100,000 figures, `callgrind`).
        var sourceInRun = [Int](repeating: -1, count: context.set.lookups?.sourceKeys.count ?? 0)
        var runNumber = 0
        var previous: FigureRecord?
        // The years each place's figures cover, per measure, in reading order (`placeYearSentences`).
        var placeYears: [String: [(place: String, years: Set<Int>)]] = [:]
        func flush() {
            guard let run else { return }
            placeYears[run.measure, default: []].append((run.place, run.years))
            tracedCounts[run.measure, default: 0] += run.traced
            for source in run.sources where !(primarySources[run.measure]?.contains(source) ?? false) {
                primarySources[run.measure, default: []].append(source)
            }
            years[run.measure, default: []].formUnion(run.years)
            allYears.formUnion(run.years)
        }
        for figure in ordered {
            let sameMeasure = previous.map { $0.sameMeasure(as: figure) } ?? false
            previous = figure
            if !sameMeasure || run?.place != figure.place {
                flush()
                if !sameMeasure { measures.append(figure.measure) }
                run = (figure.measure, figure.place, 0, [], [])
                runNumber += 1
                placesWithFigures.insert(figure.place)
                runOwn = false
                lastPeriod = ("", "", false)
                lastFiled = ("", "")
                runEstimated = estimatedPlaces.contains(figure.place)
            }
            // A change covers only its two ends (`unitsCovered`).
            let change: Bool
            if let lastUnit, lastUnit.unit == figure.unit {
                change = lastUnit.isChange
            } else {
                change = isChange(figure, catalog: catalog)
                lastUnit = (figure.unit, change)
            }
            if figure.cites != nil && !figure.periodUnstated { repeats[figure.measure, default: []].append(figure) }
            if !runOwn && isOwnFigure(figure, context: context) {
                placesWithOwnFigures.insert(figure.place)
                runOwn = true
            }
            // A figure whose source states no period has no place in time: the year it is filed
            // under (its publication year) does not widen the span the gaps are looked for in.
            if !figure.periodUnstated && (figure.periodStart, figure.periodEnd) != lastFiled {
                lastFiled = (figure.periodStart, figure.periodEnd)
                filed[figure.measure, default: FiledSpan()].add(unit.first(figure.periodStart), unit.last(figure.periodEnd))
            }
            let scopeChange = figure.cites == nil ? nil : context.scopeChange(figure)
            // A repeat covers its original's period, not the one it is filed under; a figure filed
            // under its publication year, a repeat whose original is not known, or one that changed
            // the measure or place of what it repeats, covers no reference period (`coveringFigure`).
            let dated = coveringFigure(figure, change: scopeChange, context: context)
            if coversNothingForUnstatedPeriod(figure, covering: dated) { unstated[figure.measure, default: 0] += 1 }
            if let dated, (dated.periodStart, dated.periodEnd, change) != lastPeriod {
                lastPeriod = (dated.periodStart, dated.periodEnd, change)
                let covered = unitsCovered(dated, isChange: change, unit: unit)
                if unit == .year {
                    for span in covered { run?.years.formUnion(span.first...span.last) }
                } else {
                    spans[figure.measure, default: []] += covered
                }
            }
            // A figure that repeats nothing is its own origin; only repeated figures need their chain.
            let origin: String? =
                if figure.cites == nil { figure.method == "reported" ? nil : figure.source } else {
                    context.lineage(figure).ending == .primary ? context.lineage(figure).last?.source : nil
                }
            if origin != nil, let change = scopeChange {
                moved[figure.measure, default: []].append(MovedRepeat(figure: figure, original: change.original, changes: change.changes))
                continue
            }
            if let origin {
                run?.traced += 1
                let index = figure.cites == nil ? figure.sourceIndex : context.set.lookups?.sourceIndexes[origin] ?? -1
                if index >= 0 && index < sourceInRun.count {
                    if sourceInRun[index] != runNumber {
                        sourceInRun[index] = runNumber
                        run?.sources.append(origin)
                    }
                } else if !(run?.sources.contains(origin) ?? true) {
                    run?.sources.append(origin)
                }
            }
            if !runEstimated && figure.cites == nil && figure.method == "estimated" {
                estimatedPlaces.insert(figure.place)
                runEstimated = true
            }
        }
        flush()

        let countries = scope.countries.filter { !withoutPermanentPopulation.contains($0) || scope.requestedPlaces.contains($0) }
        let inhabited = countries.count < scope.countries.count ? "inhabited " : ""
        let missingPlaces = countries.filter { !placesWithOwnFigures.contains($0) }
        let placeList = list(missingPlaces, total: countries.count, catalog: catalog)
        let onlyRepeats = list(missingPlaces.filter { placesWithFigures.contains($0) }, total: missingPlaces.count, catalog: catalog)

        // Each gap with the units it lists, for the repeats filed under them.
        var unitGaps: [(gap: YearGap, missing: [(first: Int, last: Int)])] = []
        if unit == .year {
            let allFiled = filed.values.reduce(FiledSpan()) { $0.union($1) }
            if let gap = yearGap(allYears, filed: allFiled, measure: "all", label: "Any measure in scope", scope: scope) { unitGaps.append(gap) }
            for measure in measures {
                if let gap = yearGap(
                    years[measure] ?? [], filed: filed[measure] ?? FiledSpan(), measure: measure, label: catalog.measureLabel(measure), scope: scope) {
                    unitGaps.append(gap)
                }
            }
        } else {
            let all = measures.flatMap { spans[$0] ?? [] }
            let allFiled = filed.values.reduce(FiledSpan()) { $0.union($1) }
            if let gap = unitGap(all, filed: allFiled, unit: unit, measure: "all", label: "Any measure in scope", scope: scope) { unitGaps.append(gap) }
            for measure in measures {
                if let gap = unitGap(
                    spans[measure] ?? [], filed: filed[measure] ?? FiledSpan(), unit: unit, measure: measure,
                    label: catalog.measureLabel(measure), scope: scope) {
                    unitGaps.append(gap)
                }
            }
        }
        var yearGaps: [YearGap] = []
        var filedRepeats: [[FigureRecord]] = []
        // The units in the sentence's words (`July-September 2019`); JSON's `years` keeps dates.
        var missingWords: [String] = []
        for (gap, missing) in unitGaps {
            let candidates = gap.measure == "all" ? measures.flatMap { repeats[$0] ?? [] } : repeats[gap.measure] ?? []
            let filedThere = repeatsFiled(candidates, under: missing, unit: unit)
            var gap = gap
            if !filedThere.isEmpty { gap.repeats = filedThere.map(\.key) }
            let left = gap.measure == "all" ? unstated.values.reduce(0, +) : unstated[gap.measure] ?? 0
            if left > 0 { gap.unstatedPeriodFigures = left }
            yearGaps.append(gap)
            filedRepeats.append(filedThere)
            missingWords.append(unit == .year ? gap.years : unit.words(missing))
        }

        // The releases of one bulk export (GLOTIP's vintages) are one origin: a figure repeated
        // from one release to the next is not confirmed by it. Nor is one publication loaded
        // under two keys (`SamePublications`) two sources.
        let publications = SamePublications(catalog.sources.values, sameSource: catalog.sameSourceGroups)
        let origin = { (source: String) in catalog.origin(publications.first(source)) }
        let singles = measures.compactMap { measure -> (gap: SingleSourceMeasure, vintages: [String], copies: [String], sameDOI: [String])? in
            guard let sources = primarySources[measure], let first = sources.first,
                  sources.allSatisfy({ origin($0) == origin(first) }) else { return nil }
            // Second-hand copies of the producer's data are named apart, after the producer's own sources.
            let (all, copies) = ownAndCopies(sources, catalog: catalog)
            // Other keys of one publication are named apart too, after the key the sentence cites.
            let (own, sameDOI) = publications.oneKeyEach(all)
            // Of a series' releases, the latest speaks for them; the sentence names every one.
            let vintages = own.count == 1 ? [] : own.sorted { (catalog.vintages[$0]?.number ?? 0) < (catalog.vintages[$1]?.number ?? 0) }
            for source in vintages { _ = context.cite(source) }
            let source = vintages.last ?? own.first ?? first
            let gap = SingleSourceMeasure(
                measure: measure, measureLabel: catalog.measureLabel(measure), source: source,
                sourceLabel: context.label(source), citation: context.cite(source),
                figureCount: tracedCounts[measure] ?? 0)
            return (gap, vintages, copies, sameDOI)
        }

        let studied = Set(catalog.studies.values.flatMap(\.places))
        let unstudied = estimatedPlaces.filter { !studied.contains($0) }
        let studyList = list(Array(unstudied), total: estimatedPlaces.count, catalog: catalog)

        let (unkeyed, dropped) = withoutKeyFigure(ordered, keyFigures: keyFigures, context: context)

        var sentences: [CitedText] = []
        // A scope of one country that has figures has no country gap to tell: nothing is said.
        if countries.isEmpty {
            sentences.append("The places in scope are not countries, so there is no country list to check for gaps.")
        } else if placeList.count == 0 {
            if countries.count > 1 {
                sentences.append("Every one of the \(Words.count(countries.count, inhabited + "country", inhabited + "countries")) in scope has at least one figure.")
            }
        } else if countries.count == 1, let name = placeList.names.first {
            let place = Words.place(name)
            let repeatsOnly = onlyRepeats.count == 1 ? ", only repeats of another source's figure" : ""
            sentences.append(CitedText(plain: place.prefix(1).uppercased() + place.dropFirst()
                + ", the one country in scope, has no figure of its own for the measures in scope\(repeatsOnly)."))
        } else {
            sentences.append("\(placeList.count) of the \(Words.count(countries.count, inhabited + "country", inhabited + "countries")) in scope "
                + "\(placeList.count == 1 ? "has" : "have") no figure of \(placeList.count == 1 ? "its" : "their") own for the measures in scope: \(placeList.text).")
            if let sentence = onlyRepeatsSentence(onlyRepeats) { sentences.append(CitedText(plain: sentence)) }
        }
        let overlapping = overlappingRegions(countries: countries, context: context)
        for sentence in overlapSentences(overlapping, total: countries.count, inhabited: inhabited, context: context) {
            sentences.append(CitedText(plain: sentence))
        }
        for ((gap, filedThere), missing) in zip(zip(yearGaps, filedRepeats), missingWords) {
            var sentence: CitedText = "\(gap.measureLabel): no figure for \(Words.count(gap.count, unit.noun)) (\(missing))"
            if !filedThere.isEmpty { sentence += " " + repeatsPhrase(filedThere, context: context) }
            sentence += "."
            if let clause = unstatedClause(gap.unstatedPeriodFigures ?? 0) { sentence += CitedText(plain: " " + clause) }
            sentences.append(sentence)
        }
        if unit == .year {
            let countrySet = Set(countries)
            for measure in measures {
                // Countries only: a region's estimates come every few years by design, and the places' own gaps are the trend's.
                let places = (placeYears[measure] ?? []).filter { countrySet.contains($0.place) }
                guard places.count >= 2,
                      let sentence = placeYearSentence(places, filed: filed[measure] ?? FiledSpan(), label: catalog.measureLabel(measure), context: context)
                else { continue }
                sentences.append(CitedText(plain: sentence))
            }
        }
        // A measure whose figures all leave their period unstated has no span to look for gaps in: said apart.
        let gapMeasures = Set(yearGaps.map(\.measure))
        var unstatedMeasures: [UnstatedPeriodMeasure] = []
        for measure in measures where !gapMeasures.contains(measure) && filed[measure] == nil {
            guard let count = unstated[measure], count > 0, (years[measure] ?? []).isEmpty, (spans[measure] ?? []).isEmpty else { continue }
            let label = catalog.measureLabel(measure)
            unstatedMeasures.append(UnstatedPeriodMeasure(measure: measure, measureLabel: label, figureCount: count))
            sentences.append(CitedText(plain: unstatedSentence(label, count: count, unit: unit)))
        }
        for (single, vintages, copies, sameDOI) in singles {
            let what = single.figureCount == 1
                ? "the one figure with a traceable origin goes back" : "all \(single.figureCount) figures with a traceable origin go back"
            let them = single.figureCount == 1 ? "it" : "them"
            if let series = catalog.vintages[single.source]?.series, !vintages.isEmpty {
                let releases = CitedText.list(vintages.map(context.citedLabel))
                sentences.append("\(single.measureLabel): \(what) to one series, \(series), through its releases \(releases)"
                    + "\(publications.phrase(sameDOI, context: context))\(copyPhrase(copies, context: context)): vintages of one export\(copies.isEmpty ? "" : " and copies of it") are not "
                    + "independent sources, so no independent source confirms \(them).")
            } else {
                sentences.append("\(single.measureLabel): \(what) to one source, \(single.sourceLabel) \(CitedText.citation(single.citation))"
                    + "\(publications.phrase(sameDOI, context: context))\(copyPhrase(copies, context: context)); no independent source confirms \(them).")
            }
        }
        // A measure with figures of its own names its moved repeats too, which its count leaves out (`alsoMovedSentence`).
        for measure in measures {
            guard let repeats = moved[measure] else { continue }
            let sentence = primarySources[measure] == nil
                ? movedSentence(repeats, context: context) : alsoMovedSentence(repeats, context: context)
            if let sentence { sentences.append(sentence) }
        }
        if studyList.count > 0 {
            sentences.append("\(Words.count(studyList.count, "place")) with estimates \(studyList.count == 1 ? "has" : "have") no study in the database that covers \(studyList.count == 1 ? "it" : "them"): \(studyList.text).")
        }
        // Those whose estimate a newer release dropped are named with that reason, the others with the general one.
        let general = unkeyed.count - dropped.count
        if general > 0 {
            let droppedNames = Set(dropped.map(\.name))
            let names = unkeyed.names.filter { !droppedNames.contains($0) }
            let more = general - names.count
            let text = more > 0 ? names.joined(separator: ", ") + " and \(more) more" : Words.list(names)
            sentences.append(CitedText(plain: "\(Words.count(general, "measure and place", "measures and places")) "
                + "\(general == 1 ? "has" : "have") figures but no primary figure for everyone in the measure's usual unit, "
                + "so no key figure: \(text) (see the figures tables)."))
        }
        sentences += droppedSentences(dropped, context: context)
        // The reasons quoted here are the user's words, brackets and all: text, not citations.
        if let sentence = retractedSentence(retracted) { sentences.append(CitedText(plain: sentence)) }
        if sentences.isEmpty { sentences.append(CitedText(plain: noGap)) }
        return DataGaps(
            placesWithoutFigures: placeList, yearsWithoutFigures: yearGaps, singleSourceMeasures: singles.map(\.gap),
            placesWithoutStudies: studyList, withoutKeyFigure: unkeyed, retracted: retracted,
            overlappingRegions: overlapping.isEmpty ? nil : overlapping,
            unstatedPeriodMeasures: unstatedMeasures.isEmpty ? nil : unstatedMeasures, sentences: sentences.map(\.text),
            sentenceMarks: sentences.map { CitationMarks($0.marks) })
    }

    /// Said when no gap is found, so that the section is never empty: what was looked for.
    static let noGap = "No gap found among those this section looks for: countries without figures, reference years "
        + "without figures, measures that rest on one source, places with estimates but no study, measures and "
        + "places without a key figure, and figures withdrawn with tipdb retract."

    /// The measures and places in scope that key figures leave out, in reading order: "Forced
    /// labour in Arab States". Why say so: a headline that silently drops a measure reads as if
    /// the database had nothing on it, when it holds only subgroups, shares, changes or repeats.
    private static func withoutKeyFigure(
        _ ordered: [FigureRecord], keyFigures: [KeyFigure], context: BriefContext
    ) -> (GapList, [DroppedEstimate]) {
        let keyed = Set(keyFigures.map { $0.measure + "\u{0}" + $0.place })
        var dropped: [DroppedEstimate] = []
        let names = BriefContext.byMeasureAndPlace(ordered).compactMap { group -> String? in
            guard let first = group.first, !keyed.contains(first.measure + "\u{0}" + first.place) else { return nil }
            let name = "\(context.catalog.measureLabel(first.measure)) in \(Words.place(context.catalog.placeName(first.place)))"
            if let (figure, released) = droppedEstimate(group, context: context) {
                dropped.append(DroppedEstimate(name: name, figure: figure, latestRelease: released))
            }
            return name
        }
        let shown = Array(names.prefix(listLimit))
        let more = names.count - shown.count
        let text = more > 0 ? shown.joined(separator: ", ") + " and \(more) more" : Words.list(shown)
        return (GapList(count: names.count, total: names.count + keyFigures.count, names: shown, more: more, text: text), dropped)
    }

    /// Years from the first to the last in scope (the filter's years when given; else the first
    /// and last that figures cover or are filed under) that no figure covers.
    static func yearGap(
        _ covered: Set<Int>, filed: FiledSpan, measure: String, label: String, scope: Scope
    ) -> (gap: YearGap, missing: [(first: Int, last: Int)])? {
        guard let first = scope.from ?? FiledSpan.first(covered.min(), filed.first),
              let last = scope.to ?? FiledSpan.last(covered.max(), filed.last), first <= last else { return nil }
        let missing = (first...last).filter { !covered.contains($0) }
        guard !missing.isEmpty else { return nil }
        return (YearGap(measure: measure, measureLabel: label, years: ranges(missing), count: missing.count, unit: GapUnit.year.name),
                missing.map { ($0, $0) })
    }

    /// Months or days (`unit`) from the filter's first to its last (the first and last covered or
    /// filed under where the filter leaves a side open) that no figure covers.
    private static func unitGap(
        _ covered: [(first: Int, last: Int)], filed: FiledSpan, unit: GapUnit, measure: String, label: String, scope: Scope
    ) -> (gap: YearGap, missing: [(first: Int, last: Int)])? {
        guard let first = scope.filters.from.map({ unit.first($0.text) }) ?? FiledSpan.first(covered.map(\.first).min(), filed.first),
              let last = scope.filters.to.map({ unit.last($0.text) }) ?? FiledSpan.last(covered.map(\.last).max(), filed.last),
              first <= last else { return nil }
        let missing = GapUnit.uncovered(covered, from: first, to: last)
        guard !missing.isEmpty else { return nil }
        let gap = YearGap(
            measure: measure, measureLabel: label, years: unit.text(missing), count: missing.reduce(0) { $0 + $1.last - $1.first + 1 },
            unit: unit.name)
        return (gap, missing)
    }

    /// `[2012, 2013, 2015]` → `2012-2013, 2015`.
    static func ranges(_ years: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < years.count {
            var end = index
            while end + 1 < years.count && years[end + 1] == years[end] + 1 { end += 1 }
            parts.append(end == index ? "\(years[index])" : "\(years[index])-\(years[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }

    /// The list's `names` are the stored names, sorted by them as a table sorts them ("Korea,
    /// Republic of" among the K's; in dictionary order, `DictionaryOrder`: the Åland Islands first,
    /// Côte d'Ivoire before Curaçao, where byte order put them after Z and after Curaçao); its
    /// `text`, a sentence's list, names each as a sentence does (`Words.place`): left inverted,
    /// "Oman, Palestine, State of, Qatar" read as four countries.
    private static func list(_ codes: [String], total: Int, catalog: Catalog) -> GapList {
        let names = codes.map(catalog.placeName).sorted(by: DictionaryOrder.precedes)
        let shown = Array(names.prefix(listLimit))
        let more = names.count - shown.count
        let said = shown.map(Words.place)
        let text = more > 0 ? said.joined(separator: ", ") + " and \(more) more" : Words.list(said)
        return GapList(count: names.count, total: total, names: shown, more: more, text: text)
    }
}
