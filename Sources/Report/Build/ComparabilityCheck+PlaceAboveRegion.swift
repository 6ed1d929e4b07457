import Storage

/// A country's count beside the count of a region that contains it, for the same measure, subgroup
/// and period (by its days), in units of persons or cases.
///
/// From the same source and study (or both from none), a country's count above its region's is
/// the pair `tipdb check` warns about as `place-above-region`. Why a caution: a region's people
/// or cases include its countries', so a source that gives Nigeria 5,000 and Western Africa 3,000
/// for the same year contradicts itself; a brief that sets the two side by side without a word
/// passes the contradiction on as data.
///
/// From two data collections (`collection(of:_:)`: a national yearbook and UNODC's GLOTIP), the
/// brief cautions whichever is larger: each collection has its own coverage and definitions, so
/// the country's share of the region cannot be read from the two; and where the country is
/// larger, more strongly, since under one definition and coverage it cannot be. Why: a
/// ministerial brief set Brazil's 280 detected victims (national yearbook) beside South
/// America's 250 (UNODC) without a word (a statistics office's review, session 48). `tipdb
/// check` keeps to one source: two collections that disagree are no error in either. The
/// releases of one export and a copy beside its producer are one collection, and two studies of
/// one source (a shelter survey beside police records) one report that says what each counts:
/// neither rule compares them (session 42). Nor is a repeat (`cites`) a data collection of its
/// own: its number is the figure's it repeats, so a foundation's "11 million in Southern Asia"
/// that repeats India's 11.05 million was called "a different data collection" whose coverage
/// differs from India's, where the lineage section beside it says it is India's own figure under
/// another place (review of session 48); the lineage and repeat-change cautions say what a repeat
/// changed, as the series-jump caution leaves repeats to them.

extension ComparabilityCheck {
    /// Place-above-region cautions beyond this many are summed up in one sentence; as many
    /// cautions about a country and its region from two data collections, then one more sentence.
    static let placeWarningLimit = 20

    /// What `placeAboveRegionWarnings` words, found from the figures and the catalog alone.
    ///
    /// Why apart: finding it reads every figure, 12 % of a 100,000-figure brief's time on the
    /// thread that builds it, while only the wording numbers citations; `ComparabilityScan` finds
    /// it on another thread (session 54).
    struct PlaceRegions: Sendable {
        /// The counts of regions, in reading order.
        fileprivate var regionFigures: [FigureRecord] = []
        /// The region figures of each group, with their index in `regionFigures`.
        fileprivate var regions: [RegionGroup: [(figure: FigureRecord, index: Int)]] = [:]
        /// Counts of one source and study above a region that contains them.
        fileprivate var pairs: [(country: FigureRecord, region: FigureRecord)] = []
        /// Whether the pairs beyond `placeWarningLimit` are all countries', for the summary's words.
        fileprivate var laterPairsAreCountries = true
        /// Each region figure's countries of its own source and study, by its index.
        fileprivate var countries: [[MeasureSums.Part<FigureRecord>]] = []
        /// Pairs from two data collections where the country's count is the larger, in reading order.
        fileprivate var acrossAbove: [(country: FigureRecord, region: FigureRecord)] = []
        /// The other pairs from two data collections, one array for each caution they get
        /// (`CollectionPairs`), in the order first met.
        fileprivate var acrossBeside: [[(country: FigureRecord, region: FigureRecord)]] = []
        /// The counts and amounts of money (never per person) of regions and the world, in reading
        /// order: the wholes and parts `regionSumWarnings` adds up, as check's `regions-above-region` does.
        fileprivate var sumFigures: [FigureRecord] = []
        /// `sumFigures` by group, the price year included: amounts of two years' prices are not added.
        fileprivate var sums: [RegionGroup: [FigureRecord]] = [:]
    }

    /// What must be equal for a country's figure and its region's to be compared.
    /// Whatever their sources: the source and study decide which caution a pair gets.
    private static func group(_ figure: FigureRecord) -> RegionGroup {
        // By the rank the record carries when it has one: no long measure key hashed.
        let ranked = figure.measureRank != .max
        return RegionGroup(
            measureRank: figure.measureRank, measure: ranked ? "" : figure.measure, unit: figure.unit, sex: figure.sex,
            ageGroup: figure.ageGroup, form: figure.form, firstDay: figure.firstDay, lastDay: figure.lastDay, priceYear: figure.priceYear)
    }

    /// The pairs and sums the place cautions are about (`PlaceRegions`), for `ComparabilityScan`.
    static func placesAboveRegions(_ ordered: [FigureRecord], catalog: Catalog) -> PlaceRegions {
        // Reading order keeps a place's figures together, and mostly a unit's: each is looked up
        // once per run rather than hashed for every figure.
        var place = (code: "", kind: String?.none), dimensions = UnitDimensions(catalog)
        func kind(_ figure: FigureRecord) -> String? {
            if figure.place != place.code { place = (figure.place, catalog.places[figure.place]?.kind) }
            return place.kind
        }
        /// The dimension of a figure with a number, neither censored nor restricted by a breakdown; nil for another.
        func dimension(_ figure: FigureRecord) -> String? {
            guard figure.value != nil && !figure.censored && !figure.hasBreakdown else { return nil }
            return dimensions.of(figure)
        }
        func counted(_ figure: FigureRecord) -> Bool { dimension(figure) == "count" }
        var regions: [RegionGroup: [(figure: FigureRecord, index: Int)]] = [:]
        var regionFigures: [FigureRecord] = [], sumFigures: [FigureRecord] = []
        var sums: [RegionGroup: [FigureRecord]] = [:]
        for figure in ordered where kind(figure).map({ $0 != "country" }) ?? false {
            // Money adds up as counts do, but only sums of regions compare it (check's `regions-above-region`).
            switch dimension(figure) {
            case "count":
                regions[group(figure), default: []].append((figure, regionFigures.count))
                regionFigures.append(figure)
            case "money" where !Words.isPerPerson(figure.unit): break
            default: continue
            }
            sums[group(figure), default: []].append(figure)
            sumFigures.append(figure)
        }
        guard !regions.isEmpty else { return PlaceRegions(sumFigures: sumFigures, sums: sums) }
        // Each region figure's place as a number, and for each country the region places that
        // contain it as a row of flags: a pair is then looked up by index, where hashing the
        // region's place and the country's for each of the bench's 100,000 pairs was a third of
        // this scan (session 57).
        var regionPlaces: [String: Int] = [:]
        let placeNumbers = regionFigures.map { figure in
            if let known = regionPlaces[figure.place] { return known }
            regionPlaces[figure.place] = regionPlaces.count
            return regionPlaces.count - 1
        }
        let regionMembers = regionPlaces.sorted { $0.value < $1.value }.map { Set(catalog.members[$0.key] ?? []) }
        var containing = (place: String?.none, flags: [Bool]())
        var pairs: [(country: FigureRecord, region: FigureRecord)] = []
        // Pairs from two data collections, by country and region place, measure, subgroup and sources.
        var across: [(country: FigureRecord, region: FigureRecord, above: Bool)] = []
        var collections: [SourceStudy: String] = [:]
        func collection(_ figure: FigureRecord) -> String {
            let key = SourceStudy(source: figure.source, study: figure.study)
            if let known = collections[key] { return known }
            let found = Self.collection(of: figure, catalog)
            collections[key] = found
            return found
        }
        // Each region figure's countries of its own source and study, by the region figure's
        // index: what `countrySumWarnings` adds up. An array, not a dictionary by key, since it
        // is touched for every such pair.
        var countries = [[MeasureSums.Part<FigureRecord>]](repeating: [], count: regionFigures.count)
        for country in ordered where kind(country) == "country" && counted(country) {
            guard let candidates = regions[group(country)], let value = country.value else { continue }
            if containing.place != country.place { containing = (country.place, regionMembers.map { $0.contains(country.place) }) }
            for (region, index) in candidates where containing.flags[placeNumbers[index]] {
                let above = certainlyAbove(country, region)
                if country.source == region.source && country.study == region.study {
                    if above { pairs.append((country, region)) }
                    let records = Measure.isCountedFromRecords(counts: catalog.measures[country.measure]?.counts, method: country.method)
                    countries[index].append(MeasureSums.Part(
                        figure: country, key: country.key, measure: country.place,
                        amount: MeasureSums.smallest(value: value, low: country.low, censored: false), countedFromRecords: records))
                } else if country.source != region.source && country.cites == nil && region.cites == nil
                            && collection(country) != collection(region) {
                    across.append((country, region, above))
                }
            }
        }
        pairs += regionsAboveRegions(regionFigures, regions: regions, group: group, members: catalog.members)
        let (acrossAbove, acrossBeside) = collectionSets(across, count: ordered.count)
        return PlaceRegions(
            regionFigures: regionFigures, regions: regions, pairs: pairs,
            laterPairsAreCountries: pairs.dropFirst(placeWarningLimit).allSatisfy { kind($0.country) == "country" },
            countries: countries, acrossAbove: acrossAbove, acrossBeside: acrossBeside, sumFigures: sumFigures, sums: sums)
    }

    /// The cautions about what `placesAboveRegions` found, citing in reading order.
    static func placeAboveRegionWarnings(_ found: PlaceRegions, context: BriefContext) -> [ComparabilityWarning] {
        let pairs = found.pairs
        var warnings = pairs.prefix(placeWarningLimit).map { placeWarning($0.country, above: $0.region, context: context) }
        if pairs.count > placeWarningLimit {
            let more = pairs.count - placeWarningLimit
            let countries = found.laterPairsAreCountries
            let one = countries ? "more country figure is" : "more figure of a country or region is"
            let many = countries ? "more country figures are" : "more figures of countries or regions are"
            warnings.append(summary(
                "places", "\(Words.count(more, one, many)) larger than the figure of a region "
                    + "that contains \(more == 1 ? "it" : "them"); the same caution applies to each (tipdb check lists them all as place-above-region)."))
        }
        warnings += countrySumWarnings(found.regionFigures, countries: found.countries, context: context)
        warnings += regionSumWarnings(found.sumFigures, candidates: { found.sums[group($0)] ?? [] }, context: context)
        return warnings + collectionWarnings(above: found.acrossAbove, beside: found.acrossBeside, context: context)
    }

    /// Whether `inner` (a country, or a region within `region`) counts more than `region` for
    /// certain: its smallest number (the low end of its interval, else its value) above the
    /// region's largest (the high end of its interval, else its value: `MeasureSums.largest`), as
    /// check's `place-above-region` and the subgroup and sum rules compare. Why: Germany's 12,000
    /// (5,000 to 16,000, 95 % interval) was called larger than Western Europe's 10,500 (9,000 to
    /// 20,000), and the same pair was added up as `countries-above-region` too (a statistician's
    /// review, session 54). Both need a value: a range alone is not compared.
    private static func certainlyAbove(_ inner: FigureRecord, _ region: FigureRecord) -> Bool {
        guard let value = inner.value, region.value != nil, let largest = MeasureSums.largest(value: region.value, high: region.high) else { return false }
        return (inner.low ?? value) > largest
    }

    /// Each region's count beside the count of a region it lies wholly within
    /// (`Place.regions(within:members:)`: the rule the scope line's "regions within it" and
    /// `tipdb check`'s `region_within` follow), from the same source and study, where the inner
    /// one is larger: the pairs `tipdb check` warns about as `place-above-region`, by the same rule.
    ///
    /// Why: UNODC's South-eastern Asia at 3,000 beside its East Asia and the Pacific at 2,500 stood
    /// among a brief's key figures without a word, while its scope line said that the one lies
    /// within the other (a regional analyst's review, session 51). Only one source and study: two
    /// regions from two data collections are often two systems' regions, which the caution on
    /// regions of different systems names (`regionSystemWarnings`).
    private static func regionsAboveRegions(
        _ regionFigures: [FigureRecord], regions: [RegionGroup: [(figure: FigureRecord, index: Int)]],
        group: (FigureRecord) -> RegionGroup, members: [String: [String]]
    ) -> [(country: FigureRecord, region: FigureRecord)] {
        var within: [String: Set<String>] = [:]
        var pairs: [(country: FigureRecord, region: FigureRecord)] = []
        for inner in regionFigures {
            guard inner.value != nil, let candidates = regions[group(inner)], candidates.count > 1 else { continue }
            for (outer, _) in candidates
            where outer.place != inner.place && outer.source == inner.source && outer.study == inner.study && certainlyAbove(inner, outer) {
                if within[outer.place] == nil { within[outer.place] = Place.regions(within: outer.place, members: members) }
                if within[outer.place]?.contains(inner.place) ?? false { pairs.append((inner, outer)) }
            }
        }
        return pairs
    }

    /// The cautions about countries of one source and study adding up to more than a region that
    /// contains them (`MeasureSums.above`, countries for the parts): the sums `tipdb check` warns
    /// about as `countries-above-region`, by the same rule; `placeWarningLimit` of them, then how
    /// many more. Worded only as far as the limit, as the cautions across data collections are.
    ///
    /// Why: Nigeria's 1,200 detected victims and Ghana's 900 beside Western Africa's 2,000, all
    /// from UNODC's 2019 data, are each below the region, and the brief set all three among its
    /// key figures and said that nothing was wrong; a reader working out each country's share
    /// finds 105 % (review of session 48).
    private static func countrySumWarnings(
        _ regions: [FigureRecord], countries: [[MeasureSums.Part<FigureRecord>]], context: BriefContext
    ) -> [ComparabilityWarning] {
        var warnings: [ComparabilityWarning] = []
        var more = 0
        for (region, parts) in zip(regions, countries) where parts.count >= 2 {
            guard let sum = placeSum(region, parts: parts, catalog: context.catalog) else { continue }
            if warnings.count < placeWarningLimit {
                let regionName = Words.place(context.catalog.placeName(region.place))
                warnings.append(placeSumWarning(
                    sum, parts: "countries of \(regionName)", container: "a region that contains them",
                    includes: "a region's count includes the counts of its countries, which do not overlap",
                    shares: "the countries' shares of the region", context: context))
            } else {
                more += 1
            }
        }
        if more > 0 {
            warnings.append(summary(
                "places", "\(Words.count(more, "more set of countries adds", "more sets of countries add")) up to more than the figure "
                    + "of a region that contains them; the same caution applies to each (tipdb check lists them all as countries-above-region)."))
        }
        return warnings
    }

    /// The cautions about a country's figures beside a containing region's from another data
    /// collection: one per pair where the country's is larger, then one per country, region,
    /// measure, subgroup and pair of sources for the rest, naming their periods (a yearbook's
    /// fifteen years beside GLOTIP's are one caution, not fifteen); `placeWarningLimit` of them,
    /// then how many more.
    private static func collectionWarnings(
        above: [(country: FigureRecord, region: FigureRecord)], beside sets: [[(country: FigureRecord, region: FigureRecord)]],
        context: BriefContext
    ) -> [ComparabilityWarning] {
        // Worded only as far as the limit: over the bench's 100,000 figures from 20 sources, wording
        // every pair doubled the brief's time (1.0 s against 0.56 s) for cautions it then dropped.
        var warnings = above.prefix(placeWarningLimit).map { collectionWarning(above: $0.country, $0.region, context: context) }
        warnings += sets.prefix(max(0, placeWarningLimit - warnings.count)).map { collectionWarning(beside: $0, context: context) }
        let total = above.count + sets.count
        guard total > placeWarningLimit else { return warnings }
        let more = total - placeWarningLimit
        return warnings + [summary(
            "places", "\(Words.count(more, "more pair", "more pairs")) of a country's figures and those of a region that contains it "
                + "come from different data collections; the same caution applies to each (see the figures tables).")]
    }

    /// The pairs from two data collections where the country's count is the larger, and the others
    /// grouped as `collectionWarnings` words them: one group per country, region, measure, subgroup
    /// and pair of sources, in the order first met.
    ///
    /// Why in the scan: grouping the bench's 85,658 pairs hashed nine fields each, 9 % of a
    /// 100,000-figure brief's time on the thread that numbers citations (`perf`, session 55).
    ///
    /// - Parameter count: how many figures are in scope: each one's subject number is kept by its
    ///   `FigureRecord.loadIndex`, below it.
    private static func collectionSets(
        _ across: [(country: FigureRecord, region: FigureRecord, above: Bool)], count: Int
    ) -> (above: [(country: FigureRecord, region: FigureRecord)], beside: [[(country: FigureRecord, region: FigureRecord)]]) {
        var above: [(country: FigureRecord, region: FigureRecord)] = []
        var beside: [[(country: FigureRecord, region: FigureRecord)]] = []
        var index: [CollectionPairs: Int] = [:]
        // Each figure's subject numbered once, so that a pair's set is two numbers: hashing nine
        // fields for each pair was a third of this scan (session 57). Kept by the index each
        // record carries, and the measure and source by their ranks where the records have them:
        // a dictionary of the figures' identities, and the long codes hashed, were 40 % of what
        // was left of it (`perf`, session 59).
        var subjects: [Subject: Int] = [:], numbered: [ObjectIdentifier: Int] = [:]
        // Checked by identity: records of another load (a set read by key) carry indexes too.
        var numbers = [(figure: ObjectIdentifier?, number: Int)](repeating: (nil, -1), count: count)
        func number(_ figure: FigureRecord) -> Int {
            let at = figure.loadIndex, id = ObjectIdentifier(figure)
            let kept = at >= 0 && at < numbers.count && (numbers[at].figure == nil || numbers[at].figure == id)
            if kept, numbers[at].number >= 0 { return numbers[at].number }
            if !kept, let known = numbered[id] { return known }
            let (ranked, indexed) = (figure.measureRank != .max, figure.sourceIndex >= 0)
            let subject = Subject(
                place: figure.place, measureRank: figure.measureRank, measure: ranked ? "" : figure.measure, unit: figure.unit,
                sex: figure.sex, ageGroup: figure.ageGroup, form: figure.form, sourceIndex: figure.sourceIndex,
                source: SourceStudy(source: indexed ? "" : figure.source, study: figure.study))
            // One hash and look-up, whether the subject is new or known: a new one is entered as
            // the default (checking first, then entering, hashed each new subject twice).
            let next = subjects.count
            let found = Self.entered(&subjects[subject, default: next])
            if kept { numbers[at] = (id, found) } else { numbered[id] = found }
            return found
        }
        for (country, region, isAbove) in across {
            if isAbove {
                above.append((country, region))
                continue
            }
            // The region's measure and subgroup are the country's (one `RegionGroup`).
            let set = CollectionPairs(country: number(country), region: number(region))
            let next = beside.count
            let known = Self.entered(&index[set, default: next])
            if known == next {
                beside.append([(country, region)])
            } else {
                beside[known].append((country, region))
            }
        }
        return (above, beside)
    }

    /// The number a dictionary holds under a key, read through `subscript(_:default:)`'s
    /// modify access, which enters the default when the key is new: one hash either way.
    private static func entered(_ number: inout Int) -> Int { number }

    /// "Detected victims of trafficking, 2022: the figure for Brazil, 280 from Ministério da Justiça 2025 [2], is larger than
    /// the figure for South America (UNODC region), 250 from UNODC 2024 [1], a region that contains it. ..."
    private static func collectionWarning(above country: FigureRecord, _ region: FigureRecord, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let (countryName, regionName) = (Words.place(catalog.placeName(country.place)), Words.place(catalog.placeName(region.place)))
        var text = CitedText(plain: "\(regionPairSubject(country, context: context)), \(country.periodText): the figure for \(countryName), "
            + "\(context.boundedText(country)) from ")
        text += context.citedLabel(country.source)
        text += ", is larger than the figure for \(regionName), \(context.boundedText(region)) from "
        text += context.citedLabel(region.source)
        text += ", a region that contains it.\(sameDaysSentence([country, region]))"
        text += " The two come from different data collections, and under one definition and coverage a country cannot count more "
            + "than its region: their coverage or definitions differ (which cases count, which agencies or countries report), so "
            + "neither is a part of the other, and the share of \(countryName) in \(regionName) cannot be read from them. Say so when "
            + "citing them together."
        return ComparabilityWarning(
            kind: "places", text: text, figures: [country.key, region.key],
            citations: [context.cite(country.source), context.cite(region.source)])
    }

    /// "Detected victims of trafficking, 2020 and 2021: the figures for Brazil, from Ministério da Justiça 2025 [2], and for
    /// South America (UNODC region), from UNODC 2024 [1], a region that contains it, come from different data collections. ..."
    private static func collectionWarning(
        beside pairs: [(country: FigureRecord, region: FigureRecord)], context: BriefContext
    ) -> ComparabilityWarning {
        let catalog = context.catalog
        let (country, region) = (pairs[0].country, pairs[0].region)
        let (countryName, regionName) = (Words.place(catalog.placeName(country.place)), Words.place(catalog.placeName(region.place)))
        var periods: [String] = []
        for pair in pairs.sorted(by: { ($0.country.firstDay, $0.country.lastDay) < ($1.country.firstDay, $1.country.lastDay) })
        where !periods.contains(pair.country.periodText) {
            periods.append(pair.country.periodText)
        }
        var text = CitedText(plain: "\(regionPairSubject(country, context: context)), \(Words.list(periods)): the figures for \(countryName), from ")
        text += context.citedLabel(country.source)
        text += ", and for \(regionName), from "
        text += context.citedLabel(region.source)
        text += ", a region that contains it, come from different data collections, whose coverage and definitions may differ: "
            + "the share of \(countryName) in \(regionName) cannot be read from them. Say so when citing them together."
        var figures: [String] = []
        for pair in pairs {
            for key in [pair.country.key, pair.region.key] where !figures.contains(key) { figures.append(key) }
        }
        return ComparabilityWarning(
            kind: "places", text: text, figures: figures, citations: [context.cite(country.source), context.cite(region.source)])
    }

    /// The measure, with the subgroup where it is not everyone: "Detected victims of trafficking (female)".
    static func regionPairSubject(_ figure: FigureRecord, context: BriefContext) -> String {
        let subgroup = BriefContext.subgroup(figure, catalog: context.catalog)
        return context.catalog.measureLabel(figure.measure) + (subgroup == "all" ? "" : " (\(subgroup))")
    }

    /// What a country's figure and its region's must share to be compared, as a key: its fields
    /// hashed as they are. Why not one joined string: made for each of 100,000 figures twice, the
    /// strings (and the days written out) were the caution's own cost in a large brief (`perf`).
    /// The measure by its rank in the record, its key only when it has none. No source: a pair
    /// from two data collections gets its own caution (`collectionWarnings`).
    fileprivate struct RegionGroup: Hashable, Sendable {
        let measureRank: Int
        let measure: String
        let unit: String
        let sex: String
        let ageGroup: String
        let form: String?
        let firstDay: Int
        let lastDay: Int
        /// None for a count; for money, the year of its prices (`price_year`), none where not recorded.
        let priceYear: Int?
    }

    /// A figure's source and study: what `collection(of:_:)` is worked out once for.
    private struct SourceStudy: Hashable {
        let source: String
        let study: String?
    }

    /// What one caution about a country's figures beside a containing region's from another data
    /// collection covers: the two places, the measure and subgroup, and each side's source and
    /// study (each side's `Subject`, by its number); its periods are listed in it.
    private struct CollectionPairs: Hashable {
        let country: Int
        let region: Int
    }

    /// A figure's place, measure, unit, subgroup, source and study: one side of `CollectionPairs`.
    /// The measure and source by the ranks the record carries, their codes only when it has none
    /// (then `measureRank` is `Int.max` and `sourceIndex` -1, as for every record without one).
    private struct Subject: Hashable {
        let place: String
        let measureRank: Int
        let measure: String
        let unit: String
        let sex: String
        let ageGroup: String
        let form: String?
        let sourceIndex: Int
        let source: SourceStudy
    }

    /// "Detected victims of trafficking, 2020, Report A 2020 [1]: the figure for Nigeria (5,000)
    /// is larger than the figure for Western Africa (3,000), a region that contains it. ..."; a
    /// region inside another is worded alike, its parts "the regions within it".
    private static func placeWarning(_ country: FigureRecord, above region: FigureRecord, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        var text = CitedText(plain: "\(regionPairSubject(country, context: context)), \(country.periodText), ")
        text += context.citedLabel(country.source)
        text += ": the figure for \(Words.place(catalog.placeName(country.place))) (\(context.bracketedText(country))) is larger than the "
            + "figure for \(Words.place(catalog.placeName(region.place))) (\(context.bracketedText(region))), a region that contains it."
            + "\(sameDaysSentence([country, region]))"
        let parts = catalog.places[country.place]?.kind == "country" ? "its countries" : "the regions within it"
        text += " Both are kept as published, but a region's count includes the counts of \(parts): one of the two counts "
            + "something else or is wrong. Say so when citing either."
        return ComparabilityWarning(
            kind: "places", text: text, figures: [country.key, region.key], citations: [context.cite(country.source)])
    }
}
