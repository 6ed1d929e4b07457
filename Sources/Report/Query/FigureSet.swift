import Storage

/// The figures a report is about, read with one query, plus every figure they cite (directly or
/// through a chain), read a level at a time: no query per figure.
struct FigureSet {
    /// Figures in scope: in storage order when loaded for a scope, by key when loaded by keys.
    ///
    /// Setting them finds their distinct sources (`sources`) once, while the records are fresh
    /// from the read: found on every use instead, a brief walked its 100,000 records five times
    /// for them, each a cache miss per record, one of them on its main thread alone (`perf`, session 61).
    var figures: [FigureRecord] {
        didSet { sources = lookups?.sources(of: figures) ?? Set(figures.lazy.map(\.source)) }
    }
    /// Every figure some loaded figure cites (in scope or not), by key: all a lineage needs to
    /// walk. Figures nobody cites are not copied here, which keeps large scopes cheap.
    var byKey: [String: FigureRecord]
    /// Figures in scope per ingest batch that last wrote them.
    var batchCounts: [Int64: Int]
    /// Every batch behind a loaded figure, in scope or reached through a chain.
    var batchIDs: Set<Int64>
    /// Keys of figures loaded only because a chain reaches them: outside the filters.
    var outside: Set<String> = []
    /// Keys of figures tagged `minimum-estimate`, so a chain can say "a minimum estimate".
    var minimumEstimates: Set<String>
    /// Keys of figures tagged `series-break` (`Figure.seriesBreakTag`), and of the untagged figures
    /// of a series such a tag broke (`impliedSeriesBreaks`): counted under a definition their
    /// producer's earlier editions did not use, so no revision of those editions' numbers.
    var seriesBreaks: Set<String> = []
    /// The untagged figures of `seriesBreaks`, with the tagged figure of their edition (or an
    /// earlier edition) whose series break they are taken to share (`SeriesBreaks`).
    var impliedSeriesBreaks: [String: SeriesBreaks.Implied] = [:]
    /// For each figure of a bulk series (a GLOTIP export's vintages, an Our World in Data chart's
    /// downloads) that the series' latest release no longer holds: that release's date (a
    /// download's, for a chart). Such a figure stays in the database, as published then.
    var droppedFromLatest: [String: String] = [:]
    /// The keys in `droppedFromLatest` whose series is an Our World in Data chart, which a brief
    /// says are not in the latest download rather than release.
    var droppedDownloads: Set<String> = []
    /// The keys in `droppedFromLatest` of second-hand copies whose producer's own figure its
    /// latest release dropped (`FigureRows.droppedProducerCopies`): the copy's own download
    /// still gives them, so a brief says its producer's latest release no longer does.
    var droppedCopies: Set<String> = []
    /// For each figure of a bulk series whose row the latest release holds but tipdb refused at
    /// load (`--on-error skip`): that release's date and the batch that refused it. Not dropped:
    /// the release still publishes it; the figure keeps the earlier release's value.
    var refusedInLatest: [String: RefusedRow] = [:]
    /// For each stored figure whose row a later figures file holds but tipdb refused at load
    /// (`--on-error skip`), still listed in `open_rejects`: that file and batch, and the load whose
    /// value the figure keeps (`RefusedLaterRow`).
    var refusedInLaterFile: [String: RefusedLaterRow] = [:]
    /// For each loaded figure whose number a later load changed: the earlier numbers, newest first.
    var revisions: [String: [FigureRevision]] = [:]
    /// For each loaded figure whose key held another figure before a load moved it to another
    /// measure, place, period or subgroup: the revisions that kept what it held, one per figure
    /// it held, oldest first (`reuses`). Revisions up to the last are of other figures, and are
    /// not in `revisions`.
    var reusedKeys: [String: [FigureRevision]] = [:]
    /// For each loaded figure withdrawn and restored with another number: the restoration, with
    /// the number withdrawn (`loadHistories`).
    var restorations: [String: Restoration] = [:]
    /// For each loaded figure whose unchanged number a load cited to another source or page: those
    /// loads, oldest first (`loadHistories`).
    var reattributions: [String: [Reattribution]] = [:]
    /// For each loaded figure (in scope or reached through a chain) that repeats a figure first
    /// published after it, check's `repeat-before-original` finding, by the repeat's key.
    var earlyRepeats: [String: RepeatBeforeOriginal] = [:]
    /// For each loaded figure that cites nothing now but cited a figure `tipdb retract` withdrew
    /// since: when its cites was cleared, and the retraction (`WithdrawnOrigin`).
    var withdrawnOrigins: [String: WithdrawnOrigin] = [:]
    /// The figures matching the scope that `tipdb retract` withdrew; none when loaded by keys.
    var retracted = RetractedFigures(count: 0, keys: [], batches: [], command: RetractedFigures.listCommand)
    /// For each region that overlaps the scope without lying within it (`Scope.overlappingRegions`),
    /// its figures the scope's measures and period would take in, counted per measure; not loaded.
    var overlapping: [String: [String: Int]] = [:]
    /// Figures for places outside the scope that count only people whose citizenship is a place
    /// in scope (`loadCitizensElsewhere`): not the scope's figures, shown apart; none without a
    /// place filter, and none when loaded by keys.
    var citizensElsewhere: [FigureRecord] = []
    /// What the records were made with: how their `sourceIndex` maps back to source keys.
    var lookups: RecordLookups?

    /// The distinct sources of the figures in scope, found whenever `figures` is set (empty for
    /// figures given to the initialiser, which tests give only empty).
    var sources: Set<String> = []

    /// The figures whose keys are in the JSON array bound to ?1, by key, with `select`'s columns.
    private static func byKeys(_ select: String) -> String {
        select + " WHERE key IN (SELECT value FROM json_each(?1)) ORDER BY key"
    }

    /// Loads the figures matching `scope`, in the order the table stores them, and the figures
    /// their lineage reaches.
    ///
    /// Why no `ORDER BY key`: every reader of a scope orders its figures itself (a brief in
    /// reading order, whose last tie-break is the key) or keeps them by key, and walking the
    /// key's index, one table look-up per figure, was over a third of reading 100,000 figures.
    ///
    /// Figures derived from a case-level dataset version that a newer derived version supersedes
    /// are left out: beside the newer counts, the differences between two versions can single out
    /// the people added or removed, which disclosure control within one version cannot prevent.
    ///
    /// All of it is read in one transaction: the figures, the columns `FigureRows` leaves out when
    /// no figure has them, and what their lineage reaches are one state of the database.
    static func load(_ scope: Scope, from db: Database, lookups: RecordLookups) throws -> FigureSet {
        try db.transaction { try read(scope, from: db, lookups: lookups) }
    }

    private static func read(_ scope: Scope, from db: Database, lookups: RecordLookups) throws -> FigureSet {
        let (select, superseded) = try FigureRows.select(for: db)
        let statement = try db.prepare(
            select + "\nWHERE " + Scope.condition(measure: "measure", place: "place", periodStart: "period_start", periodEnd: "period_end")
                + (superseded ? "\n  AND source NOT IN (" + FigureRows.supersededSources + ")" : ""))
        try statement.bind(scope.parameters)
        var set = FigureSet(figures: [], byKey: [:], batchCounts: [:], batchIDs: [], minimumEstimates: [], lookups: lookups)
        set.figures = try read(statement, into: &set, counting: true, lookups: lookups)
        // Before what the figures reach: a repeat among them has its lineage walked too.
        try set.loadCitizensElsewhere(scope, from: db, select: select, superseded: superseded, lookups: lookups)
        try set.loadReached(from: db, select: select, lookups: lookups)
        // In the same transaction: a retract between two reads could both show and count a figure.
        set.retracted = try retracted(in: scope, from: db)
        set.overlapping = try overlapping(in: scope, from: db, superseded: superseded)
        return set
    }

    /// Loads the figures with `keys` and the figures their lineage reaches, in one transaction.
    static func load(keys: [String], from db: Database, lookups: RecordLookups) throws -> FigureSet {
        try db.transaction { try read(keys: keys, from: db, lookups: lookups) }
    }

    private static func read(keys: [String], from db: Database, lookups: RecordLookups) throws -> FigureSet {
        let select = try FigureRows.select(for: db).select
        let statement = try db.prepare(Self.byKeys(select))
        try statement.bind([JSONString.array(keys)])
        var set = FigureSet(figures: [], byKey: [:], batchCounts: [:], batchIDs: [], minimumEstimates: [], lookups: lookups)
        set.figures = try read(statement, into: &set, counting: true, lookups: lookups)
        try set.loadReached(from: db, select: select, lookups: lookups)
        return set
    }

    /// Loads what the figures in scope reach and what their words need: the figures they cite,
    /// the minimum estimates, the figures their series' latest release dropped, and revisions.
    private mutating func loadReached(from db: Database, select: String, lookups: RecordLookups) throws {
        try loadCited(from: db, select: select, lookups: lookups)
        try loadMinimumEstimates(from: db)
        try loadDroppedFromLatest(from: db)
        try loadRefusedInLaterFiles(from: db)
        // The loaded figures by key, those in scope and those read for their lineage alike, made
        // once for the revisions and the histories, and only for a database that has either: for
        // 100,000 figures it was 56 ms of a brief's main thread (`perf`, session 58).
        let revised = try db.integer("SELECT EXISTS (SELECT 1 FROM figure_revisions)") != 0
        let retracted = try db.integer("SELECT EXISTS (SELECT 1 FROM figure_retractions)") != 0
        if revised || retracted {
            let loaded = byKey.merging(figures.map { ($0.key, $0) }) { first, _ in first }
            if revised { try loadRevisions(from: db, loaded: loaded) }
            try loadHistories(from: db, loaded: loaded, retractions: retracted, revisions: revised)
        }
        try loadEarlyRepeats(from: db)
        try loadWithdrawnOrigins(from: db)
    }

    /// Reads which series figures the latest release of their series dropped, and which it holds
    /// but whose row was refused: a few rows when there are series at all (the query is skipped on
    /// a database without one).
    ///
    /// Why the refused ones apart: under `--on-error skip` the figure's row was in the release, so
    /// "not in the latest release" would be false; its value is the earlier release's, and the
    /// load's batch options (`$.refused`, `DroppedFigures`) name it. A later load of the same
    /// release may refuse it again: the latest batch that did is named.
    private mutating func loadDroppedFromLatest(from db: Database) throws {
        try loadDroppedDownloads(from: db)
        guard try db.integer("SELECT count(*) FROM series_vintages") > 0 else { return }
        let rows = try db.rows("""
            SELECT sf.figure, latest.released,
                (SELECT max(b.id) FROM ingest_batches b, json_each(b.options, '$.refused') j
                 WHERE b.id >= latest.batch_id AND b.format = 'glotip' AND json_valid(b.options)
                   AND b.options ->> '$.series' = sf.series AND j.value = sf.figure) AS refused_by
            FROM series_figures sf
            JOIN series_vintages latest ON latest.id = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series)
            WHERE sf.last_vintage < latest.id
            """)
        for row in rows {
            guard let key = row.string("figure"), let released = row.string("released") else { continue }
            if let batch = row.int("refused_by") {
                refusedInLatest[key] = RefusedRow(released: released, batch: batch)
            } else {
                droppedFromLatest[key] = released
            }
        }
        try loadDroppedCopies(from: db)
    }

    /// Reads the figures of each Our World in Data chart that its latest download no longer
    /// holds: the keys its load recorded (`$.absent`, the list `tipdb retract` reads too:
    /// `DroppedKeys`), with the download's date.
    private mutating func loadDroppedDownloads(from db: Database) throws {
        let rows = try db.rows(FigureRows.latestDownloadAbsences)
        for row in rows {
            guard let key = row.string("figure"), let downloaded = row.string("downloaded") else { continue }
            droppedFromLatest[key] = downloaded
            droppedDownloads.insert(key)
        }
    }

    private mutating func loadMinimumEstimates(from db: Database) throws {
        for row in try db.rows("SELECT figure FROM figure_tags WHERE tag = 'minimum-estimate' ORDER BY figure") {
            if let key = row.string("figure") { minimumEstimates.insert(key) }
        }
        let breaks = try SeriesBreaks.find(in: db)
        seriesBreaks = breaks.all
        impliedSeriesBreaks = breaks.implied
    }

    /// Loads the figures that loaded figures cite and that are not loaded yet, until none are left.
    /// Each round is one query; a chain of length n takes n rounds. Keys that are not in the
    /// database stay unloaded: the lineage reports them as missing.
    private mutating func loadCited(from db: Database, select: String, lookups: RecordLookups) throws {
        var cited = Set(figures.compactMap(\.cites)).union(citizensElsewhere.compactMap(\.cites))
        for figure in figures where cited.contains(figure.key) { byKey[figure.key] = figure }
        var asked: Set<String> = []
        var pending = cited.subtracting(byKey.keys)
        while !pending.isEmpty {
            asked.formUnion(pending)
            let statement = try db.prepare(Self.byKeys(select))
            try statement.bind([JSONString.array(pending.sorted())])
            let found = try Self.read(statement, into: &self, counting: false, lookups: lookups)
            for figure in found {
                byKey[figure.key] = figure
                outside.insert(figure.key)
            }
            let next = Set(found.compactMap(\.cites))
            cited.formUnion(next)
            for figure in figures where next.contains(figure.key) { byKey[figure.key] = figure }
            pending = next.subtracting(byKey.keys).subtracting(asked)
        }
    }

    /// Reads the statement's rows on this thread and makes their records on another (see
    /// `FigureRows`), a chunk at a time.
    ///
    /// - Parameter counting: whether the rows are the set's own figures (`figures`): their
    ///   batches are counted, and their records numbered in row order (`FigureRecord.loadIndex`).
    static func read(
        _ statement: Statement, into set: inout FigureSet, counting: Bool, lookups: RecordLookups
    ) throws -> [FigureRecord] {
        let chunkSize = 2_048
        let records = BackgroundWork<FigureRecord>()
        var rows = FigureRows(capacity: chunkSize)
        // The rows read before the current chunk: the chunk's first `loadIndex`.
        var read = 0
        // Figures of one batch are mostly stored together: counted as a run, hashed once per run.
        var run: (batch: Int64, count: Int)?
        func flush() {
            guard let run else { return }
            if counting { set.batchCounts[run.batch, default: 0] += run.count }
            set.batchIDs.insert(run.batch)
        }
        while try statement.step() {
            rows.append(from: statement)
            let batch = statement.int64(at: FigureRows.batchColumn)
            if let current = run, current.batch == batch {
                run = (batch, current.count + 1)
            } else {
                flush()
                run = (batch, 1)
            }
            if rows.count == chunkSize {
                let full = rows, first = counting ? read : nil
                records.run { full.records(lookups: lookups, firstIndex: first) }
                read += chunkSize
                rows = FigureRows(capacity: chunkSize)
            }
        }
        flush()
        let last = rows, first = counting ? read : nil
        if last.count > 0 { records.run { last.records(lookups: lookups, firstIndex: first) } }
        return records.results()
    }
}
