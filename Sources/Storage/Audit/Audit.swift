/// The audit a research lead runs before a brief goes out: storage integrity and research
/// integrity, each problem naming the rows concerned.
///
/// Errors mean the database or its lineage cannot be trusted as it is; warnings mean a brief
/// built on it would cite numbers with less support than it could.
public struct Audit {
    let db: Database
    /// The figure errors, read once for the four checks that list them.
    let figureScan = FigureErrorScan()
    /// The subgroup rows, read once for the two checks that list them.
    let subgroupScan = SubgroupScan()
    /// The garbled texts, read once for the two checks that list them.
    let garbledScan = GarbledTextScan()

    /// Rules of other modules, run in their turn among these (`AuditRule`).
    let moreRules: [AuditRule]

    public init(db: Database, moreRules: [AuditRule] = []) {
        self.db = db
        self.moreRules = moreRules
    }

    /// Runs every check, errors first, and returns the findings whole.
    ///
    /// For a report to print, `run(into:)` passes the rows on as they are found instead.
    public func run() throws -> [Finding] {
        let list = FindingList()
        try run(into: list)
        return list.findings
    }

    /// Runs every check and writes each finding to `sink` as it is found: errors first, then by
    /// check name, each row once, in the order `run()` lists them.
    ///
    /// The checks whose findings are short by nature (damage to the file, its schema or its search
    /// indexes, case rows without a dataset, forms outside the vocabulary or spelt ambiguously) run first and are held
    /// whole; every other check lists its rows straight from SQLite into the sink, in its turn, except
    /// the four figure checks, which share one reading of the table (`figureScan`) and hold the rows it names.
    ///
    /// Every check reads one snapshot of the database (`Database.readingOneSnapshot`), so that an
    /// ingest committing meanwhile cannot make one check's findings disagree with another's. The
    /// search indexes are the exception: FTS5 checks them as a write, on a connection of its own
    /// when this one is read-only (`searchIndexDamage`), and before the snapshot, whose read lock
    /// on a file in rollback mode (a copy made by `tipdb backup`) held that write back until the
    /// busy timeout and left the indexes unchecked.
    public func run(into sink: some FindingSink) throws {
        let search = try searchIndexDamage()
        try db.readingOneSnapshot { try runInSnapshot(into: sink, search: search) }
    }

    private func runInSnapshot(into sink: some FindingSink, search: [Finding]) throws {
        var held = try integrity() + schemaObjects() + search + unlessTableMissing(casesWithoutDataset) + unlessTableMissing(formsOutsideVocabulary) + unlessTableMissing(ambiguousFormSpellings)
        held.sort { ($0.severity, $0.check) < ($1.severity, $1.check) }
        var next = held.startIndex
        func writeHeld(before rule: AuditRule?) {
            while next < held.endIndex {
                let finding = held[next]
                if let rule, (rule.severity, rule.check) < (finding.severity, finding.check) { return }
                sink.begin(severity: finding.severity, check: finding.check, message: finding.message)
                for (text, keys) in zip(finding.rows, finding.rowKeys) { sink.row(text, keys: keys) }
                sink.end()
                next += 1
            }
        }
        for rule in rules.sorted(by: { ($0.severity, $0.check) < ($1.severity, $1.check) }) {
            writeHeld(before: rule)
            var begun = false
            try rows(of: rule) { text, keys in
                if !begun {
                    sink.begin(severity: rule.severity, check: rule.check, message: rule.message)
                    begun = true
                }
                sink.row(text, keys: keys)
            }
            if begun { sink.end() }
        }
        writeHeld(before: nil)
    }

    /// The checks whose rows are passed on one at a time (`AuditRule`).
    private var rules: [AuditRule] {
        [
            AuditRule(severity: .error, check: "foreign-keys", message: "rows refer to rows that do not exist", named: foreignKeys),
            AuditRule(severity: .error, check: Self.brokenViewCheck, message: Self.brokenViewMessage, kind: "view", keyed: brokenViews),
            AuditRule(severity: .error, check: "lineage-broken", message: "lineage chains that end at a figure not in the database (deleted, or never loaded), so these figures rest on no evidence here; load the figure they cite, or correct their cites", kind: FindingKeys.figure, keyed: lineageBroken),
            AuditRule(severity: .error, check: "lineage-loop", message: "lineage chains that loop: these figures cite each other in a circle, so none of them rests on evidence", kind: FindingKeys.figure, keys: lineageLoops),
            AuditRule(severity: .warning, check: "lineage-too-long", message: "lineage chains of more than 100 repeats, not followed to their end by figure_lineage; tipdb report lineage KEY follows one whole", kind: FindingKeys.figure, keys: lineageTooLong),
            AuditRule(severity: .warning, check: "lineage-unsourced", message: Self.lineageUnsourcedMessage, kind: FindingKeys.figure, keyed: lineageUnsourced),
            AuditRule(severity: .warning, check: "repeat-changed", message: Self.repeatChangedMessage, kind: FindingKeys.figure, keyed: repeatsThatChange),
            AuditRule(severity: .warning, check: "copy-differs", message: Self.copyDiffersMessage, kind: FindingKeys.figure, keyed: copiesThatDiffer),
            AuditRule(severity: .warning, check: Self.laterEditionCheck, message: Self.laterEditionMessage, kind: FindingKeys.figure, keyed: figuresRevisedByLaterEditions),
            AuditRule(severity: .warning, check: "parts-above-total", message: Self.partsAboveTotalMessage, kind: FindingKeys.figure, keyed: partsAboveTotals),
            AuditRule(severity: .warning, check: "measure-above-whole", message: Self.partMeasureAboveWholeMessage, kind: FindingKeys.figure, keyed: partMeasuresAboveWholes),
            AuditRule(severity: .warning, check: "parts-above-whole", message: Self.partsAboveWholeMessage, kind: FindingKeys.figure, keyed: partsAboveWholes),
            AuditRule(severity: .warning, check: Self.subPeriodsCheck, message: Self.subPeriodsMessage, kind: FindingKeys.figure, keyed: subPeriodSums),
            AuditRule(severity: .warning, check: "place-above-region", message: Self.placeAboveRegionMessage, kind: FindingKeys.figure, keyed: placesAboveRegions),
            AuditRule(severity: .warning, check: "countries-above-region", message: Self.countriesAboveRegionMessage, kind: FindingKeys.figure, keyed: countriesAboveRegions),
            AuditRule(severity: .warning, check: Self.regionsAboveRegionCheck, message: Self.regionsAboveRegionMessage, kind: FindingKeys.figure, keyed: regionsAboveRegions),
            AuditRule(severity: .warning, check: "shares-above-whole", message: Self.sharesAboveWholeMessage, kind: FindingKeys.figure, keyed: sharesAboveWholes),
            AuditRule(severity: .warning, check: Self.fractionAsPercentCheck, message: Self.fractionAsPercentMessage, kind: FindingKeys.figure, keyed: fractionsAsPercents),
            AuditRule(severity: .warning, check: "series-jump", message: Self.seriesJumpMessage, kind: FindingKeys.figure, keyed: seriesJumps),
            AuditRule(severity: .warning, check: "same-figure-twice", message: Self.sameFigureMessage, kind: FindingKeys.figure, keyed: sameFiguresTwice),
            AuditRule(severity: .warning, check: "period-after-publication", message: Self.periodAfterPublicationMessage, kind: FindingKeys.figure, keyed: periodsAfterPublication),
            AuditRule(severity: .warning, check: "period-ends-after-publication", message: Self.periodEndsAfterPublicationMessage, kind: FindingKeys.figure, keyed: periodsEndingAfterPublication),
            AuditRule(severity: .warning, check: Self.studyPeriodAfterPublicationCheck, message: Self.studyPeriodAfterPublicationMessage, kind: FindingKeys.study, keyed: studyPeriodsAfterPublication),
            AuditRule(severity: .warning, check: Self.studyOfAnotherSourceCheck, message: Self.studyOfAnotherSourceMessage, kind: FindingKeys.figure, keyed: studiesOfAnotherSource),
            AuditRule(severity: .warning, check: StudyCoverage.figureOutsideStudyCheck, message: StudyCoverage.message, kind: FindingKeys.figure, keyed: figuresOutsideStudies),
            AuditRule(severity: .warning, check: "period-not-publication-year", message: Self.periodNotPublicationYearMessage, kind: FindingKeys.figure, keyed: periodsNotPublicationYear),
            AuditRule(severity: .error, check: "repeat-before-original", message: Self.repeatBeforeOriginalMessage, kind: FindingKeys.figure, keyed: repeatsBeforeOriginal),
            AuditRule(severity: .error, check: "method-contradicts-measure", message: Self.methodContradictsMeasureMessage, kind: FindingKeys.figure, keyed: detectedUnderEstimateMeasure),
            AuditRule(severity: .error, check: "form-contradicts-measure", message: Self.formContradictsMeasureMessage, kind: FindingKeys.figure, keyed: formsContradictingMeasures),
            AuditRule(severity: .warning, check: "estimate-under-count-measure", message: Self.estimateUnderCountMeasureMessage, kind: FindingKeys.figure, keyed: estimateUnderCountMeasure),
            AuditRule(severity: .warning, check: "subgroup-above-total", message: Self.subgroupAboveTotalMessage, kind: FindingKeys.figure, keyed: subgroupsAboveTotals),
            AuditRule(severity: .error, check: "bounds", message: Self.figureCheckMessages["bounds"] ?? "", kind: FindingKeys.figure, keyed: figureRows("bounds")),
            AuditRule(severity: .error, check: "unit-contradicts-measure", message: Self.figureCheckMessages["unit-contradicts-measure"] ?? "", kind: FindingKeys.figure, keyed: figureRows("unit-contradicts-measure")),
            AuditRule(severity: .error, check: "value-outside-unit", message: Self.figureCheckMessages["value-outside-unit"] ?? "", kind: FindingKeys.figure, keyed: figureRows("value-outside-unit")),
            AuditRule(severity: .warning, check: "share-without-part", message: Self.shareWithoutPartMessage, kind: FindingKeys.figure, keys: sharesWithoutPart),
            AuditRule(severity: .warning, check: "fractional-count", message: "counts of persons or cases that are not whole numbers (1.234 persons is most often 1,234 written with a dot)", kind: FindingKeys.figure, keyed: fractionalCounts),
            AuditRule(severity: .error, check: "year-typed-as-date", message: Self.yearTypedAsDateMessage, named: yearsTypedAsDates),
            AuditRule(severity: .error, check: Self.textNotUTF8Check, message: Self.textNotUTF8Message, named: textsNotUTF8),
            AuditRule(severity: .warning, check: Self.jsonNotValidCheck, message: Self.jsonNotValidMessage, named: jsonNotValid),
            AuditRule(severity: .error, check: "garbled-text", message: Self.garbledTextMessage, named: garbledTexts),
            AuditRule(severity: .warning, check: "garbled-word", message: Self.garbledWordMessage, named: garbledWords),
            AuditRule(severity: .error, check: "period-form", message: Self.figureCheckMessages["period-form"] ?? "", kind: FindingKeys.figure, keyed: figureRows("period-form")),
            AuditRule(severity: .warning, check: "age-group-not-accepted", message: Self.ageGroupMessage, kind: FindingKeys.figure, keyed: ageGroups),
            AuditRule(severity: .warning, check: Self.wholeAsSubgroupCheck, message: Self.wholeAsSubgroupMessage, kind: FindingKeys.figure, keyed: wholesAsSubgroups),
            AuditRule(severity: .warning, check: Self.partAsCountryCheck, message: Self.partAsCountryMessage, kind: FindingKeys.figure, keyed: partsAsCountries),
            AuditRule(severity: .warning, check: Self.quoteContradictsValueCheck, message: Self.quoteContradictsValueMessage, kind: FindingKeys.figure, keyed: quotesContradictingValues),
            AuditRule(severity: .warning, check: "no-quote-or-locator", message: "figures without a quote or a locator (page, table): a reader cannot find them in the source", kind: FindingKeys.figure, keys: missingEvidence),
            AuditRule(severity: .warning, check: "source-without-url", message: "sources without a URL or an accessed date", kind: FindingKeys.source, keyed: sourcesWithoutAccess),
            AuditRule(severity: .warning, check: "source-without-date", message: Self.sourceWithoutDateMessage, kind: FindingKeys.source, keyed: sourcesWithoutDate),
            AuditRule(severity: .warning, check: Self.accessedBeforePublicationCheck, message: Self.accessedBeforePublicationMessage, kind: FindingKeys.source, keyed: accessedBeforePublication),
            AuditRule(severity: .warning, check: "same-doi", message: Self.sameDOIMessage, kind: FindingKeys.source, keyed: sameDOIs),
            AuditRule(severity: .warning, check: "same-source-twice", message: Self.sameSourceMessage, kind: FindingKeys.source, keyed: { row in try sameSources(batch: nil, row) }),
            AuditRule(severity: .warning, check: "source-without-label", message: Self.sourceWithoutLabelMessage, kind: FindingKeys.source, keys: sourcesWithoutLabel),
            AuditRule(severity: .warning, check: Self.staleLabelCheck, message: Self.staleLabelMessage, kind: FindingKeys.source, keyed: sourcesWithStaleLabel),
        ] + moreRules
    }

    /// Steps through the rows of `sql`, one at a time: a check can name most of the figures
    /// (`no-quote-or-locator` named 900,030 of the bench's 1,000,000), and whole `Row`s for each
    /// of them took about 100 MB more than their keys.
    func forEachRow(_ sql: String, _ arguments: [any DatabaseValueConvertible] = [], _ body: (Statement) throws -> Void) throws {
        let statement = try db.prepare(sql)
        if !arguments.isEmpty { try statement.bind(arguments) }
        while try statement.step() { try body(statement) }
    }

    /// The first column of each row of `sql`, passed on one at a time.
    func keys(_ sql: String, _ row: (String) -> Void) throws {
        try forEachRow(sql) { statement in
            if let key = statement.string(at: 0) { row(key) }
        }
    }

    private func integrity() throws -> [Finding] {
        let integrity = try db.rows("PRAGMA integrity_check").compactMap { $0.values.first?.textValue }
        guard integrity != ["ok"] else { return [] }
        return [Finding(severity: .error, check: "integrity", message: "PRAGMA integrity_check reports damage; restore from a backup (tipdb backup) or recover with the sqlite3 shell's .recover", rows: integrity, rowKeys: integrity.map { _ in FindingKeys(kind: "database", keys: []) })]
    }

    /// tipdb's own tables, indexes, views and triggers, compared with what its migrations make
    /// in a fresh database. A search trigger dropped or a view replaced with the `sqlite3` shell
    /// leaves a file that passes `integrity_check` but gives wrong answers (new figures never
    /// found by `search`), so a missing or changed object is an error. Objects an analyst adds are
    /// theirs, except triggers, which run on every ingest: those are warnings.
    private func schemaObjects() throws -> [Finding] {
        let reference = try Migrator.reference()
        defer { reference.close() }
        let query = "SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'"
        func objects(_ db: Database) throws -> [String: (type: String, sql: String)] {
            var result: [String: (type: String, sql: String)] = [:]
            for row in try db.rows(query) {
                result[row.string("name") ?? ""] = (row.string("type") ?? "", row.string("sql") ?? "")
            }
            return result
        }
        let expected = try objects(reference)
        let actual = try objects(db)
        var damaged: [String] = [], damagedKeys: [FindingKeys] = []
        for (name, object) in expected.sorted(by: { $0.key < $1.key }) {
            guard let found = actual[name] else {
                damaged.append("\(object.type) \(name): missing")
                damagedKeys.append(FindingKeys(kind: object.type, keys: [name]))
                continue
            }
            if found.type != object.type || found.sql != object.sql {
                damaged.append("\(object.type) \(name): changed")
                damagedKeys.append(FindingKeys(kind: object.type, keys: [name]))
            }
        }
        let foreignTriggers = actual.filter { expected[$0.key] == nil && $0.value.type == "trigger" }.keys.sorted()
        var findings: [Finding] = []
        if !damaged.isEmpty {
            findings.append(Finding(severity: .error, check: "schema", message: "tipdb's own tables, indexes, views or triggers were dropped or changed by another program, so queries, search or ingest may give wrong answers; `tipdb migrate --repair` recreates the indexes, triggers and views from tipdb's definitions without losing a row, and the search indexes and source_labels (a table of data: restore from a backup made before the change, tipdb backup)", rows: damaged, rowKeys: damagedKeys))
        }
        if !foreignTriggers.isEmpty {
            findings.append(Finding(severity: .warning, check: "schema-triggers", message: "triggers not made by tipdb: they run on every ingest and may change what is stored", keys: foreignTriggers, kind: "trigger"))
        }
        return findings
    }

    private func lineageLoops(_ row: (String) -> Void) throws {
        try keys("SELECT figure FROM figure_lineage WHERE status = 'loop' ORDER BY figure", row)
    }

    /// "X cites Y, which is not in the database": the chain's last key is the one missing.
    private func lineageBroken(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow("SELECT figure, chain, hops FROM figure_lineage WHERE status = 'broken' ORDER BY figure") { figure in
            let key = figure.string(at: 0) ?? ""
            let chain = figure.string(at: 1) ?? ""
            let missing = chain.components(separatedBy: " > ").last ?? ""
            row(figure.int64(at: 2) == 1
                ? "\(key) cites \(missing), which is not in the database"
                : "\(key): its chain \(chain) ends at \(missing), which is not in the database", [key, missing])
        }
    }

    private func lineageTooLong(_ row: (String) -> Void) throws {
        try keys("SELECT figure FROM figure_lineage WHERE status = 'too-long' ORDER BY figure", row)
    }

    /// "X (reported, cites nothing)" for a figure that is itself the reported end of its chain;
    /// "X (chain ends at Y)" only when Y is another figure, since "X (chain ends at X)" said
    /// nothing the reader could follow.
    ///
    /// An end figure whose cites was cleared after what it cited was withdrawn (`WithdrawnOrigin`)
    /// says so: "b1 (reported, cites nothing; it cited a1 until batch 4 (b1nocite.csv), and a1
    /// was retracted on ...)". The view `figure_lineage` calls it unsourced, as any figure citing
    /// nothing; the row was all that told the cleared cite from a number never traced, and the
    /// advice to add the cites back was the one `retract` had asked to remove (review of session 49).
    private func lineageUnsourced(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let withdrawn = try db.withdrawnOrigins()
        try forEachRow("SELECT figure, primary_figure FROM figure_lineage WHERE status = 'unsourced' ORDER BY figure") { figure in
            let key = figure.string(at: 0) ?? "", end = figure.string(at: 1) ?? ""
            if end == key || end.isEmpty {
                let history = withdrawn[key].map { "; \($0.history)" } ?? ""
                row("\(key) (reported, cites nothing\(history))", [key])
            } else {
                let history = withdrawn[end].map { ", which \($0.history.dropFirst(3))" } ?? ""
                row("\(key) (chain ends at \(end)\(history))", [key, end])
            }
        }
    }

    /// Counts that are not whole numbers, which ingest refuses in a figures file: `1.234` persons
    /// is most often 1,234 written with a dot. A warning, not an error: a dataset scaled from
    /// thousands may carry a fraction as published.
    private func fractionalCounts(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow("""
            SELECT f.key, f.unit, f.value, f.low, f.high FROM figures f JOIN units u ON u.code = f.unit
            WHERE u.dimension = 'count'
              AND (f.value <> round(f.value) OR f.low <> round(f.low) OR f.high <> round(f.high))
            ORDER BY f.key
            """) { figure in
            let numbers = [figure.optionalDouble(at: 2), figure.optionalDouble(at: 3), figure.optionalDouble(at: 4)].compactMap { $0 }
            let key = figure.string(at: 0) ?? ""
            row("\(key): \(numbers.map { Self.number($0) }.joined(separator: ", ")) \(figure.string(at: 1) ?? "")", [key])
        }
    }

    private func missingEvidence(_ row: (String) -> Void) throws {
        try keys("SELECT key FROM figures WHERE quote IS NULL AND locator IS NULL AND method <> 'derived' ORDER BY key", row)
    }

    /// Sources without a URL or an accessed date, but for one with a DOI.
    ///
    /// Why not one with a DOI: a DOI is a persistent link, which every reference entry prints as
    /// its doi.org address (m0061 leaves out a URL that is that address), and APA gives no access
    /// date for it; the warning could be silenced only by a redundant URL or a date APA does not
    /// print (review of session 54: a Zenodo data set with its DOI named "no URL").
    private func sourcesWithoutAccess(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow("SELECT key, url IS NULL FROM sources WHERE (url IS NULL OR accessed IS NULL) AND coalesce(doi, '') = '' ORDER BY key") { source in
            let key = source.string(at: 0) ?? ""
            row("\(key) (\(source.int64(at: 1) != 0 ? "no URL" : "no accessed date"))", [key])
        }
    }

    /// Sources another program wrote (the `sqlite3` shell, Datasette, a script), which tipdb has
    /// not labelled: SQL that asks for "ILO 2005" misses their figures.
    private func sourcesWithoutLabel(_ row: (String) -> Void) throws {
        for key in try db.unlabelledSources() { row(key) }
    }

    static let lineageUnsourcedMessage = "figures whose lineage ends at a figure that is only reported, with no primary source; "
        + "add the figure it repeats (cites), or, where the row says it cited a figure since retracted, cite what its source "
        + "really repeated, or retract it too (its number rests on the withdrawn figure)"

    static let sourceWithoutLabelMessage = "sources without a label in source_labels (written by another program than tipdb), "
        + "so figure_citations.source_label, figure_lineage.primary_source_label and source_usage.label are NULL for them "
        + "and a query by label misses their figures; `tipdb migrate --repair` labels them (so does the next tipdb ingest)"

    static let subgroupAboveTotalMessage = "a subgroup is larger than its total (female or male above everyone, a form of exploitation above all forms, a breakdown such as nationals above all citizenships, or an age band above a broader age group containing it: 12-17 above children) for the same measure, place, period, source and study, the releases of one bulk export counting as one (kept as published; say so when citing)"

    static let partsAboveTotalMessage = "subgroups that cannot overlap (female, male and other; age groups whose ages do not overlap; parts of a country such as subdivision: England and subdivision: Wales, not England and Wales) "
        + "add up to more than their total beyond rounding (counts from records, such as detected victims, at all), for the same measure, place, period, source and study, the releases of one bulk export counting as one "
        + "(a censored part such as <5 counted as 1, a range or interval at its low end and the total at the high end of its own; kept as published; say so when citing)"

    static func number(_ value: Double?) -> String {
        guard let value else { return "?" }
        return NumberText.exact(value)
    }
}
