import Storage

/// The reference data a report looks things up in: measures, units, places and their members,
/// sources and studies, each read once with one query.
///
/// These tables are small next to `figures` (hundreds of places, a few hundred sources), so
/// keeping them in memory turns every later lookup into a dictionary access instead of a query.
struct Catalog {
    /// A row of `units`.
    struct Unit: Sendable {
        var code: String
        var label: String
        var dimension: String
    }

    var measures: [String: Measure] = [:]
    /// Every measure in reading order (`Measure.readingOrder`), and each one's index in it.
    private(set) var measureOrder: [String] = []
    private(set) var measureRanks: [String: Int] = [:]
    /// Each measure's default unit, looked up for every figure (a `Measure` is a large value to copy).
    var defaultUnits: [String: String] = [:]
    var measureLabels: [String: String] = [:]
    /// For each measure whose definition says what its shares are of, that whole
    /// (`ShareWhole.of`): read once, not for each figure in percent.
    var shareWholes: [String: String] = [:]
    var placeNames: [String: String] = [:]
    /// Study key to its method in words, for every figure's method column.
    var studyMethods: [String: String] = [:]
    var units: [String: Unit] = [:]
    var places: [String: Place] = [:]
    /// Region code to the countries it contains, sorted by code.
    var members: [String: [String]] = [:]
    /// Places by every way they are written (codes, M49 numbers, names, aliases), as ingest reads them.
    var gazetteer = Gazetteer(places: [], aliases: [])
    var sources: [String: Source] = [:]
    /// Keys of the sources that are works in press (`Source.isInPress`), read once: the key
    /// figures' order compares publication dates many times (`publicationOrder`).
    private(set) var inPress: Set<String> = []
    var studies: [String: Study] = [:]
    /// Keys of the studies some figure (in scope or not) names.
    var studiesWithFigures: Set<String> = []
    /// For each source that is a release of a bulk export series (a GLOTIP export), the series
    /// and the vintage's number (`series_vintages.id`, increasing with the release date).
    var vintages: [String: (series: String, number: Int64)] = [:]
    /// For each such release, the file it was loaded from (its name, without folders) and the
    /// file's SHA-256: what tells apart two exports of one date (`ReferenceDistinction`).
    var releaseFiles: [String: (file: String, sha256: String)] = [:]

    /// Sources that `SameSource` takes for one publication loaded under several keys
    /// (`Database.sameSourceGroups`), which the data gaps count as one source (`SamePublications`).
    var sameSourceGroups: [[String]] = []

    /// Second-hand copies of another producer's data, and the origin each shares (`SecondHandCopies`).
    var copies = SecondHandCopies()
    /// Each source's producer names (`SeriesProducers.names`), made once: a brief compares them for
    /// every figure of every series it cautions about, and making them per figure (abbreviations,
    /// match keys, former names) was 13 % of a 100,000-figure brief's main thread (`callgrind`).
    private(set) var producerNames: [String: Set<String>] = [:]

    /// The origin of a source: its series for a release of a bulk export, its producer's data
    /// for a second-hand copy (`copies`), itself otherwise (`SubgroupTotals.origin`), for the
    /// rules that count releases of one export, and copies of it, as one source.
    ///
    /// A database without bulk exports or copies (most) needs no look-up: every source is its own origin.
    func origin(_ source: String) -> String {
        if copies.origins.isEmpty && vintages.isEmpty { return source }
        return copies.origins[source] ?? SubgroupTotals.origin(source: source, series: vintages[source]?.series)
    }

    init(db: Database) throws {
        for row in try db.rows("SELECT DISTINCT study FROM figures WHERE study IS NOT NULL") {
            if let study = row.string("study") { studiesWithFigures.insert(study) }
        }
        for measure in try Measure.all(in: db) {
            measures[measure.code] = measure
            defaultUnits[measure.code] = measure.defaultUnit
            measureLabels[measure.code] = measure.label
            if let whole = ShareWhole.of(definition: measure.definition) { shareWholes[measure.code] = whole }
        }
        measureOrder = Measure.readingOrder(measures)
        measureRanks = Measure.readingRanks(measureOrder)
        for row in try db.rows("SELECT code, label, dimension FROM units ORDER BY code") {
            let code = row.string("code") ?? ""
            units[code] = Unit(code: code, label: row.string("label") ?? code, dimension: row.string("dimension") ?? "count")
        }
        let allPlaces = try Place.all(in: db)
        for place in allPlaces {
            places[place.code] = place
            placeNames[place.code] = place.name
        }
        for row in try db.rows("SELECT region, country FROM place_members ORDER BY region, country") {
            if let region = row.string("region"), let country = row.string("country") {
                members[region, default: []].append(country)
            }
        }
        var aliases: [(alias: String, place: String)] = []
        for row in try db.rows("SELECT alias, place FROM place_aliases ORDER BY alias") {
            if let alias = row.string("alias"), let place = row.string("place") { aliases.append((alias, place)) }
        }
        gazetteer = Gazetteer(places: allPlaces, aliases: aliases)
        try loadSources(db)
        for row in try db.rows("""
            SELECT v.id, v.series, v.source, v.sha256, b.file FROM series_vintages v
            LEFT JOIN ingest_batches b ON b.id = v.batch_id ORDER BY v.id
            """) {
            if let source = row.string("source"), let series = row.string("series"), let id = row.int("id") {
                vintages[source] = (series, id)
                let file = (row.string("file") ?? "").split(separator: "/").last.map(String.init) ?? ""
                releaseFiles[source] = (file, row.string("sha256") ?? "")
            }
        }
        let releases = vintages
        copies = SecondHandCopies(
            sources: sources, ownOrigin: { SubgroupTotals.origin(source: $0, series: releases[$0]?.series) },
            isRelease: { releases[$0] != nil })
        producerNames = sources.mapValues(SeriesProducers.names)
        try loadStudies(db)
        for study in studies.values { if let method = study.method { studyMethods[study.key] = Words.studyMethod(method) } }
    }

    private mutating func loadSources(_ db: Database) throws {
        for source in try db.sources() { sources[source.key] = source }
        inPress = Set(sources.values.lazy.filter(\.isInPress).map(\.key))
        sameSourceGroups = try db.sameSourceGroups()
    }

    private mutating func loadStudies(_ db: Database) throws {
        for study in try db.studies() { studies[study.key] = study }
    }

    // MARK: Lookups

    func measureLabel(_ code: String) -> String { measureLabels[code] ?? code }
    func placeName(_ code: String) -> String { placeNames[code] ?? code }

    /// A source's publication date as `latest_estimates` orders it (m0064): the date as written,
    /// `~` for a work in press, which sorts after every date (it comes out after them, and APA
    /// lists it so), and empty for a source that gives no date, which sorts before every date.
    func publicationOrder(_ source: String) -> String {
        sources[source]?.published ?? (inPress.contains(source) ? "~" : "")
    }

    /// How a figure in `unit` of `measure` is written.
    func quantity(unit code: String, measure: String) -> QuantityText {
        let unit = units[code]
        return QuantityText(unit: code, label: unit?.label, dimension: unit?.dimension, measureCounts: measures[measure]?.counts)
    }

    /// The direct sub-measures of `code`, by label then code.
    func children(of code: String?) -> [Measure] {
        measures.values.filter { $0.parent == code }.sorted { ($0.label, $0.code) < ($1.label, $1.code) }
    }

    /// Places in reading order: the world, then regions, then countries, each by name.
    func placeSortKey(_ code: String) -> (Int, String, String, String) {
        guard let place = places[code] else { return (9, code, code, code) }
        let rank: Int =
            switch place.kind {
            case "world": 0
            case "ilo-region", "unodc-region", "country-group": 1
            case "m49-region": 2
            case "m49-subregion": 3
            case "m49-intermediate-region": 4
            default: 5
            }
        // In dictionary order: Åland Islands first, Côte d'Ivoire before Czechia (DictionaryOrder).
        return (rank, DictionaryOrder.key(place.name), place.name, place.code)
    }
}
