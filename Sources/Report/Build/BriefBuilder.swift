import Dispatch
import Storage

/// Builds a `Brief` from the database: resolves the filters, reads the figures in scope with one
/// query (and the figures their lineage reaches, a level at a time), and writes every section.
///
/// Sections are built in the order a reader meets them, because citation numbers follow first
/// use: key figures, comparability, charts, lineage, studies, gaps, then the full tables.
public struct BriefBuilder {
    let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// - Throws: `ReportError.emptyScope` when no figure matches, `ReportError` for filters that
    ///   name nothing, `StorageError` when the database cannot be read.
    public func build(_ request: BriefRequest) throws -> Brief {
        try buildKeepingRecords(request).brief
    }

    /// `build(_:)`, and the figure records the brief was made from, for a caller that exits
    /// right after using the brief (`tipdb report brief`): it holds them to the end rather than
    /// have them freed one string at a time on return, which for 100,000 figures was some 110M
    /// instructions, 4 % of the brief's main thread (`valgrind --tool=callgrind`).
    ///
    /// Everything is read in one snapshot of the database (`Database.readingOneSnapshot`): an
    /// ingest that commits while the brief is built is in none of it, where its references and
    /// its provenance could describe two states of the database.
    public func buildKeepingRecords(_ request: BriefRequest) throws -> (brief: Brief, records: AnyObject) {
        try db.readingOneSnapshot { try buildInSnapshot(request) }
    }

    private func buildInSnapshot(_ request: BriefRequest) throws -> (brief: Brief, records: AnyObject) {
        let context = try makeContext(request.filters)
        let figures = context.set.figures, catalog = context.catalog
        // Check's rules read the figures alone, and their findings are kept by key, whatever the
        // order: applied on another thread while the figures are put in reading order.
        let rules = try FigureRules(db: db)
        let errorWork = BackgroundWork<[String: [FigureError]]>()
        errorWork.run { [FigureErrorCautions.errors(figures, rules: rules)] }
        // The provenance's digest of the figures as stored, whose order it does not depend on,
        // made while the figures are put in reading order and the key figures chosen, which leave
        // the other core idle. It covers every figure the brief reports, its citizens counted
        // elsewhere too (`CitizensElsewhereSection`).
        let counted = context.set.citizensElsewhere, digestWork = BackgroundWork<String>()
        let digested = counted.isEmpty ? figures : figures + counted
        digestWork.run { [FiguresDigest.sha256(of: digested)] }
        // The scope's count of places, on a thread of its own: counted on this thread at the end,
        // it read a field of every record (each a cache miss) with the other core idle.
        let placeCount = BackgroundWork<Int>()
        placeCount.run { [Self.distinct(figures) { $0.place }] }
        let (ordered, positions) = context.readingOrder(figures)
        // What the charts' descriptions say of the places with figures, from the figures alone.
        let chartPlaces = BackgroundWork<[String: [ChartSelection.PlaceWithFigures]]>()
        chartPlaces.run { [ChartSelection.placesWithFigures(ordered, catalog: catalog)] }
        let scanning = DispatchGroup()
        // Each measure, place and period by its days, for the scans that go through them so.
        let sameDays = SameDaysGroups(ordered)
        let scan = ComparabilityScan.started(ordered, catalog: catalog, counting: scanning, sameDays: sameDays)
        // Quotes that contradict their figure, found on another thread, worded in reading order below.
        let quotes = BackgroundWork<ComparabilityCheck.ContradictedQuote>()
        quotes.run { ComparabilityCheck.contradictedQuotes(ordered, catalog: catalog) }

        var figureErrors = errorWork.results().first ?? [:]
        // Check's errors that read a figure with its measure or the figure it cites, which the
        // row alone does not show: a detected count stored as an estimate would otherwise be the
        // key estimate, and the Comparability section would say nothing mixed the two.
        let contextErrors = Self.mayHaveContextErrors(figures, catalog: context.catalog)
            ? try FigureContextErrors.errors(db: db, keys: Set(figures.lazy.map(\.key))) : [:]
        figureErrors.merge(contextErrors) { $0 + $1 }
        // A figure check calls an error neither revises an earlier edition's count nor is revised (`EditionRevisions`).
        context.editions = EditionRevisions(
            EditionRevisions.Candidates(
                ordered: ordered, positions: positions, sources: context.set.sources, catalog: catalog, seriesBreaks: context.set.seriesBreaks,
                sameDays: sameDays),
            passingOver: figureErrors)
        let labels = context.labels, editions = context.editions
        // The competing estimates' runs, which read the editions, on another thread until the cautions are worded.
        let competing = BackgroundWork<ComparabilityCheck.Competing>()
        let dropped = context.set.droppedFromLatest
        competing.run { ComparabilityCheck.competing(ordered, sameDays: sameDays, catalog: catalog, editions: editions, dropped: dropped) }
        // The words of every figure's table row, which depend on the figure and the later edition
        // that gives it again: one array per measure, made while the sections (which number
        // citations) are built on this thread. Only the last sections need them, so they wait for
        // the comparability scans, which the cautions need first: started with the scans, they
        // shared the cores with them while this thread waited, and the last sections then ran
        // on this thread alone with the other core idle (a tenth of a 100,000-figure brief's
        // time, `perf`, session 58). Each measure's are taken as soon as they are made
        // (`BackgroundSequence`), and completed on this thread while the next are made.
        let runs = BriefContext.runs(ordered) { $0.sameMeasure(as: $1) }
        let words = BackgroundSequence<[FigureEntry]>(count: runs.count, after: scanning) { index in
            BriefContext.words(ordered[runs[index]], catalog: catalog, labels: labels, editions: editions)
        }
        let keyFigures = KeyFigureSelection.build(ordered, passingOver: figureErrors, context: context)
        // About the key figures, so numbered before the other cautions; Markdown and HTML print them under the key figures.
        let periodCautions = KeyFigurePeriod.build(keyFigures, ordered: ordered, context: context)
        let ageCautions = try KeyFigureAge.build(keyFigures, ordered: ordered, date: request.date, context: context, db: db)
            + periodCautions.cautions + KeyFigurePlaces.build(keyFigures, ordered: ordered, context: context)
            + KeyFigureKinds.build(keyFigures, ordered: ordered, context: context)
        let boundaryJumps = try BoundaryJumps.find(ordered, context: context, db: db, keeping: ComparabilityCheck.jumpWarningLimit)
        var comparability = ComparabilityCheck.build(
            ordered, keyFigures: keyFigures, passedOver: figureErrors, periodsSaid: periodCautions.periodsSaid, scan: scan,
            competing: { competing.results() },
            boundaryJumps: boundaryJumps, context: context)
        comparability.warnings.insert(contentsOf: ageCautions, at: 0)
        // After the other cautions, before the charts: citation numbers follow the reading order.
        comparability.warnings += FigureErrorCautions.build(ordered, errors: figureErrors, context: context)
        // Check's warnings about a figure's own quote and a source's own dates, after its errors.
        comparability.warnings += ComparabilityCheck.quoteWarnings(quotes.results(), context: context)
        comparability.warnings += ComparabilityCheck.accessDateWarnings(ordered, context: context)
        comparability.warnings = ComparabilityCheck.distinct(comparability.warnings)
        let charts = ChartSelection.build(
            ordered, context: context,
            placesWithFigures: chartPlaces.results().first ?? ChartSelection.placesWithFigures(ordered, catalog: catalog))
        let uncharted = ChartSelection.uncharted(ordered, charts: charts, context: context)
        let lineage = LineageSection.build(ordered, context: context)
        let studies = StudySection.build(ordered, context: context)
        let gaps = GapAnalysis.build(ordered, keyFigures: keyFigures, retracted: context.set.retracted, context: context)
        let groups = figureGroups(ordered, runs: runs, words: words, context: context)
        // Citizens of the places asked for counted elsewhere: after the figures tables, as shown.
        let elsewhere = CitizensElsewhereSection.build(context: context)
        let references = ReferenceList.build(context: context)
        let provenance = try ProvenanceSection.build(
            context: context, references: references, studies: studies, figuresSHA256: digestWork.results().first ?? "",
            command: request.command, db: db)

        let scope = context.scope
        let brief = BriefScope(
            description: scope.description, filters: request.filters.commandLine, measures: scope.measures ?? [],
            places: scope.requestedPlaces, fromYear: scope.from, toYear: scope.to,
            from: request.filters.from?.text, to: request.filters.to?.text, figureCount: ordered.count,
            sourceCount: context.set.sources.count, studyCount: studies.count,
            placeCount: placeCount.results().first ?? 0, measureCount: groups.count)
        let built = Brief(
            title: request.title ?? "\(scope.topic): the published figures", date: request.date, scope: brief,
            keyFigures: keyFigures, comparability: comparability, charts: charts,
            unchartedSeries: uncharted, lineage: lineage, studies: studies,
            gaps: gaps, figureGroups: groups, references: references, provenance: provenance, citizensElsewhere: elsewhere)
        // The records in reading order are kept with the context: released here, 100,000
        // records' counts were decremented on this thread alone before the brief was written.
        return (built, KeptRecords(context: context, ordered: ordered))
    }

    /// Whether any of `figures` could be named by `FigureContextErrors`: check's
    /// `repeat-before-original` names only a figure that cites another,
    /// `method-contradicts-measure` only one whose method contradicts its measure
    /// (`Measure.isContradicted(byMethod:)`, the test check's query binds),
    /// `form-contradicts-measure` one whose form its measure's concept cannot have, and
    /// `estimate-under-count-measure` only an estimate under a measure of counted cases.
    ///
    /// Why ask first: both of check's queries read the whole `figures` table, whatever the scope
    /// (SQLite walks the key index for their `ORDER BY f.key`), and the brief waited for them on
    /// its main thread: 370M instructions over 100,000 figures of which none cites another, 7 %
    /// of the HTML brief (`callgrind`). The records in memory answer the question in one pass.
    /// A figure outside the scope is never named (`keys`), so none of them need be looked at.
    private static func mayHaveContextErrors(_ figures: [FigureRecord], catalog: Catalog) -> Bool {
        // By the measure rank each record carries (as `FigureRecord.sameMeasure` compares
        // measures), looked up in the same catalog: no measure code hashed or compared per figure.
        // Each measure's method that check names: `detected` under a prevalence estimate (the
        // error), `estimated` under a count of cases (`estimate-under-count-measure`).
        let flagged = catalog.measureOrder.map { code in catalog.measures[code].flatMap(Self.flaggedMethod) }
        // Each measure's forms `form-contradicts-measure` names (`Measure.formsOutsideConcept`).
        func refused(_ measure: Measure) -> Set<String>? { Measure.formsOutsideConcept[measure.concept] }
        let refusedForms = catalog.measureOrder.map { code in catalog.measures[code].flatMap(refused) }
        guard flagged.contains(where: { $0 != nil }) || refusedForms.contains(where: { $0 != nil }) else {
            return figures.contains { $0.cites != nil }
        }
        for figure in figures {
            if figure.cites != nil { return true }
            let rank = figure.measureRank, ranked = rank >= 0 && rank < flagged.count
            let method = ranked ? flagged[rank] : catalog.measures[figure.measure].flatMap(Self.flaggedMethod)
            if let method, figure.method == method { return true }
            if let form = figure.form, let forms = ranked ? refusedForms[rank] : catalog.measures[figure.measure].flatMap(refused),
               forms.contains(form) {
                return true
            }
        }
        return false
    }

    /// The method of a figure `FigureContextErrors` names under `measure`, if any: `detected`
    /// under a prevalence estimate (`Measure.isContradicted(byMethod:)`), `estimated` under a
    /// measure of detected or criminal-justice cases (check's `estimate-under-count-measure`).
    private static func flaggedMethod(_ measure: Measure) -> String? {
        if measure.isContradicted(byMethod: Measure.contradictingMethod) { return Measure.contradictingMethod }
        return measure.counts == "detected-count" || measure.counts == "criminal-justice-count" ? "estimated" : nil
    }

    /// How many different values of `field` the figures have. A value equal to the figure
    /// before's is not hashed again: in reading order most are (a place's figures are together).
    private static func distinct(_ figures: [FigureRecord], _ field: (FigureRecord) -> String) -> Int {
        var seen: Set<String> = []
        var last: String?
        for figure in figures {
            let value = field(figure)
            if value != last { seen.insert(value) }
            last = value
        }
        return seen.count
    }

    /// Reads the catalog, resolves the filters and loads the figures in scope.
    ///
    /// - Parameter requiringFigures: false for a report that has something to say without figures
    ///   (`report studies`: a study without figures is in scope by its places and years).
    /// - Throws: `ReportError.emptyScope` when no figure matches and `requiringFigures` is true
    ///   (`emptyScopeBesideRegions` when regions overlapping the places asked for have figures);
    ///   `ReportError.withdrawnScope` instead when figures match but `tipdb retract` withdrew them all.
    func makeContext(_ filters: BriefFilters, requiringFigures: Bool = true) throws -> BriefContext {
        let catalog = try Catalog(db: db)
        let resolver = ScopeResolver(catalog: catalog)
        var scope = try resolver.resolve(filters)
        let set = try FigureSet.load(scope, from: db, lookups: RecordLookups(catalog: catalog))
        if set.figures.isEmpty && requiringFigures {
            // The withdrawn figures were read with the figures, by the same condition: a scope
            // emptied by retract says so, not that nothing was ever loaded.
            guard set.retracted.count == 0 else {
                throw ReportError.withdrawnScope(filters: filters.asTyped, count: set.retracted.count)
            }
            // Figures for an overlapping region are not the scope's, but an analyst must learn they exist.
            if !set.overlapping.isEmpty {
                let regions = set.overlapping.keys.sorted { catalog.placeSortKey($0) < catalog.placeSortKey($1) }.map { region in
                    "\(catalog.placeName(region)) (\(Words.count(set.overlapping[region]?.values.reduce(0, +) ?? 0, "figure")))"
                }
                throw ReportError.emptyScopeBesideRegions(filters: filters.asTyped, regions: Words.list(regions))
            }
            // Figures elsewhere of the places' citizens are not the scope's, but they are what is known of them.
            if !set.citizensElsewhere.isEmpty {
                let elsewhere = set.citizensElsewhere
                let places = Set(elsewhere.map(\.place)).sorted { catalog.placeSortKey($0) < catalog.placeSortKey($1) }.map(catalog.placeName)
                let people = CitizensElsewhereSection.peopleOf(elsewhere, asked: Set(scope.places ?? []), catalog: catalog)
                let citizens = "\(Words.count(elsewhere.count, "figure")) for \(places.count == 1 ? "another place" : "other places") "
                    + "(\(Words.list(places))) \(elsewhere.count == 1 ? "counts" : "count") only \(people.text)"
                let named = scope.requestedPlaces.first.map(catalog.placeName) ?? people.of
                throw ReportError.emptyScopeBesideCitizens(filters: filters.asTyped, citizens: citizens, query: "\"\(named)\"")
            }
            throw ReportError.emptyScope(filters: filters.asTyped)
        }
        // The title and scope line name what the figures hold, not all the filters could hold.
        resolver.word(&scope, measuresWithFigures: BriefContext.measures(of: set.figures, catalog: catalog))
        let context = BriefContext(catalog: catalog, scope: scope, set: set)
        return context
    }

    /// One group per measure run, its entries made from `words` (one array per run).
    private func figureGroups(
        _ ordered: [FigureRecord], runs: [Range<Int>], words: BackgroundSequence<[FigureEntry]>, context: BriefContext
    ) -> [FigureGroup] {
        runs.indices.map { index in
            let run = runs[index]
            // Moved out of `words` as soon as made, so that completing the entries does not copy
            // them, and completed here while the next measure's are made on the other core.
            guard var entries = words.take(index) else { preconditionFailure("the words of measure run \(index) were taken before") }
            context.complete(&entries, ordered[run])
            let measure = ordered[run.lowerBound].measure
            let unit = context.catalog.defaultUnits[measure] ?? ordered[run.lowerBound].unit
            return FigureGroup(
                measure: measure, measureLabel: context.catalog.measureLabel(measure),
                unitLabel: context.catalog.units[unit]?.label ?? unit, figures: entries)
        }
    }
}
