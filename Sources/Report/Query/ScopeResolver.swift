import Foundation
import Storage

/// Turns the filters a user typed into a `Scope`: names resolved to codes, measures expanded to
/// their sub-measures and regions to their countries, and the whole said in one sentence.
struct ScopeResolver {
    let catalog: Catalog

    static let concepts = ["trafficking", "forced-labour", "forced-marriage", "modern-slavery", "child-labour", "other"]

    /// - Throws: `ReportError` for a measure, concept or place the database does not know.
    func resolve(_ filters: BriefFilters) throws -> Scope {
        let order = catalog.measureOrder
        var requestedMeasures: [String] = []
        for name in filters.measures {
            let code = try measureCode(name)
            if !requestedMeasures.contains(code) { requestedMeasures.append(code) }
        }
        var concepts: [String] = []
        for name in filters.concepts {
            let concept = try conceptCode(name)
            if !concepts.contains(concept) { concepts.append(concept) }
        }
        var measureSet: Set<String>?
        if !requestedMeasures.isEmpty {
            measureSet = Set(requestedMeasures.flatMap(descendants(of:)))
        }
        if !concepts.isEmpty {
            let matching = Set(catalog.measures.values.filter { concepts.contains($0.concept) }.map(\.code))
            measureSet = measureSet.map { $0.intersection(matching) } ?? matching
        }
        var requestedPlaces: [String] = []
        for name in filters.places {
            let code = try placeCode(name)
            if !requestedPlaces.contains(code) { requestedPlaces.append(code) }
        }
        var placeSet: Set<String>?
        var countries: Set<String> = []
        var expanded: [(code: String, places: Set<String>, name: String, parts: [String])] = []
        for code in requestedPlaces {
            let (places, members, name, parts) = expand(code)
            placeSet = (placeSet ?? []).union(places)
            countries.formUnion(members)
            expanded.append((code, places, name, parts))
        }
        // A place inside another one asked for (`--place Europe --place AUT`) is named as one of
        // its members, not listed after it as if it were one more region.
        var placePhrases: [String] = []
        let listed = expanded.indices.filter { index in
            !expanded.indices.contains { $0 != index && expanded[$0].places.contains(expanded[index].code) && !expanded[index].places.contains(expanded[$0].code) }
        }
        for index in listed {
            let place = expanded[index]
            let inside = expanded.enumerated().filter { other in
                other.offset != index && place.places.contains(other.element.code) && !other.element.places.contains(place.code)
            }.map(\.element.code)
            let countries = inside.filter { catalog.places[$0]?.kind == "country" }
            let named = (countries: countries.map { Words.place(catalog.placeName($0)) },
                         regions: inside.filter { !countries.contains($0) }.map { Words.place(catalog.placeName($0)) })
            placePhrases.append(Self.phrase(place.name, parts: place.parts, inside: named, alone: listed.count == 1))
        }
        if requestedPlaces.isEmpty {
            countries = Set(catalog.places.values.filter { $0.kind == "country" }.map(\.code))
        }
        let measures = measureSet.map { set in order.filter(set.contains) }
        var scope = Scope(
            measures: measures, places: placeSet, requestedPlaces: requestedPlaces, countries: countries.sorted(),
            from: filters.from?.year, to: filters.to?.year, firstDay: filters.from?.firstDay, lastDay: filters.to?.lastDay,
            filters: filters, description: "", topic: "",
            requestedMeasures: requestedMeasures, concepts: concepts,
            placePhrase: placePhrases.isEmpty ? "all places" : Words.list(placePhrases))
        if let placeSet { scope.overlappingRegions = overlappingRegions(outside: placeSet, sharing: countries) }
        word(&scope, measuresWithFigures: nil)
        return scope
    }

    /// Says the scope in words again once the measures its figures belong to are known: the
    /// default title names the concepts present, and the scope line says "with its sub-measures"
    /// only of a measure whose sub-measures have figures.
    ///
    /// Why after loading: without `--measure` or `--concept`, a title made from the filters alone
    /// was "Trafficking in persons, forced labour and modern slavery in Iceland" for a brief of
    /// one count of detected victims; a reader takes a title as what the brief covers.
    ///
    /// - Parameter present: the measures with figures in scope; nil for the whole vocabulary (a
    ///   scope said before its figures are read).
    func word(_ scope: inout Scope, measuresWithFigures present: Set<String>?) {
        let present = present ?? Set(catalog.measures.keys)
        let measurePhrase = describeMeasures(scope.requestedMeasures, concepts: scope.concepts, present: present)
        scope.description = [measurePhrase, scope.placePhrase, describePeriods(scope.filters.from, scope.filters.to)].joined(separator: "; ")
        scope.topic = topic(scope.requestedMeasures, concepts: scope.concepts, places: scope.requestedPlaces, present: present)
    }

    // MARK: Measures

    private func measureCode(_ name: String) throws -> String {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let measure = catalog.measures.values.first(where: { $0.code.lowercased() == key || $0.label.lowercased() == key }) {
            return measure.code
        }
        // The code with `_` or spaces between its words, as ingest reads it (`forced_labour`).
        let spelled = Measure.codeSpelling(of: key)
        if catalog.measures[spelled] != nil { return spelled }
        let measures = catalog.measures.keys.sorted().compactMap { catalog.measures[$0] }
        // Its words in another order or spelling (`forced labor`), as search reads them; a code
        // with a slip in it (`forced-labor`) is refused with a suggestion, as ingest refuses it.
        if !name.contains(where: { $0 == "-" || $0 == "_" }), let measure = Measure.named(byWords: name, among: measures) {
            return measure.code
        }
        // A concept's name (`human trafficking`) asks for all its measures: `--concept` gives them.
        if let concept = try? conceptCode(name) {
            // Its words' measures, else its own measures that are part of none, in the vocabulary's order.
            var offered = Measure.suggestions(for: name, among: measures)
            if offered.isEmpty {
                offered = Array(catalog.measureOrder.compactMap { catalog.measures[$0] }
                    .filter { $0.concept == concept && $0.parent == nil }.map(\.code).prefix(3))
            }
            throw ReportError.measureIsConcept(name, concept: concept, suggestions: offered)
        }
        throw ReportError.unknownMeasure(name, suggestions: Measure.suggestions(for: name, among: measures))
    }

    private func conceptCode(_ name: String) throws -> String {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        if let concept = Self.concepts.first(where: { $0 == key }) { return concept }
        if key == "trafficking-in-persons" || key == "human-trafficking" { return "trafficking" }
        throw ReportError.unknownConcept(name, known: Self.concepts)
    }

    /// The measure and every measure below it; a parent loop in the vocabulary cannot hang this.
    private func descendants(of code: String) -> [String] {
        var result: [String] = []
        var queue = [code]
        while let next = queue.popLast() {
            guard !result.contains(next) else { continue }
            result.append(next)
            queue += catalog.children(of: next).map(\.code).reversed()
        }
        return result
    }

    /// The measures asked for, each with those asked for that lie below it: a measure includes
    /// its sub-measures, so one asked for beside its parent is named as one of them (`--measure
    /// forced-labour --measure forced-labour-private`), as a place inside a region asked for is.
    private func folded(_ codes: [String]) -> [(code: String, inside: [String])] {
        let below = codes.map { Set(descendants(of: $0)).subtracting([$0]) }
        return codes.enumerated().compactMap { index, code in
            let within = codes.indices.contains { $0 != index && below[$0].contains(code) && !below[index].contains(codes[$0]) }
            if within { return nil }
            return (code, codes.filter { below[index].contains($0) })
        }
    }

    /// Measure labels as one list inside a sentence: the first as the label writes it, the others
    /// in lower case (`Words.midSentence`).
    private func measureList(_ labels: [String]) -> String {
        Words.list(labels.enumerated().map { $0.offset == 0 ? $0.element : Words.midSentence($0.element) })
    }

    /// "Forced labour (with its sub-measures) and detected victims of trafficking": each measure
    /// asked for, "with its sub-measures" only where one of them is `present`, so that a list
    /// reads as one list and does not claim sub-measures a brief has no figure of.
    private func describeMeasures(_ codes: [String], concepts: [String], present: Set<String>) -> String {
        if codes.isEmpty {
            return concepts.isEmpty ? "All measures" : "Measures of " + Words.list(concepts.map(Words.concept))
        }
        let items = folded(codes).enumerated().map { index, item in
            let label = index == 0 ? catalog.measureLabel(item.code) : Words.midSentence(catalog.measureLabel(item.code))
            guard descendants(of: item.code).contains(where: { $0 != item.code && present.contains($0) }) else { return label }
            let inside = item.inside.map { Words.midSentence(catalog.measureLabel($0)) }
            return label + " (with its sub-measures" + (inside.isEmpty ? "" : ", \(Words.list(inside)) among them") + ")"
        }
        var phrase = Words.list(items)
        if !concepts.isEmpty { phrase += ", within the concept of " + Words.list(concepts.map(Words.concept)) }
        return phrase
    }

    // MARK: Places

    /// The place `name` names, read as ingest reads a place in a file (`Gazetteer`), so that a
    /// place that loads also selects: `035`, `35`, `VNM`, `Viet Nam`. An unknown one gets the
    /// suggestions ingest would give.
    private func placeCode(_ name: String) throws -> String {
        if let code = catalog.gazetteer.code(for: name) { return code }
        let shared = catalog.gazetteer.places(sharing: name)
        if !shared.isEmpty { throw ReportError.ambiguousPlace(name, message: catalog.gazetteer.refusal(for: name)) }
        let suggestions = catalog.gazetteer.suggestions(for: name)
        throw ReportError.unknownPlace(name, suggestions: suggestions, glosses: catalog.gazetteer.glosses(of: suggestions))
    }

    /// A place with the countries it contains and the regions lying wholly inside it.
    private func expand(_ code: String) -> (places: Set<String>, countries: [String], name: String, parts: [String]) {
        // As a sentence names it ("the Republic of Korea", "the Philippines"): the scope line is
        // running text, and a list of inverted names ("Korea, Republic of and Palestine, State of")
        // read as four places (review of session 31).
        let name = Words.place(catalog.placeName(code))
        guard let members = catalog.members[code], !members.isEmpty else {
            return ([code], catalog.places[code]?.kind == "country" ? [code] : [], name, [])
        }
        let memberSet = Set(members)
        let regions = Place.regions(within: code, members: catalog.members)
        var parts = [Words.count(members.count, "country", "countries")]
        if !regions.isEmpty { parts.append("\(Words.count(regions.count, "region")) within it") }
        return (memberSet.union(regions).union([code]), members, name, parts)
    }

    /// A requested place as the scope line names it: alone, `Asia and the Pacific and its 57
    /// countries (Nepal among them), and 10 regions within it`; one of several, `Southern Asia (9
    /// countries and 1 region within it) and South-eastern Asia (11 countries)`. The places asked
    /// for inside it are named after the part they belong to: countries after the countries,
    /// regions after the regions (`parts`: the countries, then the regions within it, if any).
    ///
    /// Why two forms: joined in a list, the lone form's own commas and "and" ran into the list's,
    /// and `Southern Asia and its 9 countries, and 1 region within it and South-eastern Asia and its
    /// 11 countries` read as if South-eastern Asia lay within Southern Asia (review of session 44).
    /// Why each after its own part: `East Asia and the Pacific and its 34 countries, and 1 region
    /// within it (Thailand among them)` called Thailand the region (a regional analyst's review,
    /// session 51).
    static func phrase(_ name: String, parts: [String], inside: (countries: [String], regions: [String]), alone: Bool) -> String {
        /// Each part with the places asked for that it holds: `34 countries (Thailand among them)`
        /// alone, `34 countries, Thailand among them` in brackets. One region asked for of one is
        /// named without "among them".
        func named(_ part: String, _ among: [String]) -> String {
            guard !among.isEmpty else { return part }
            let words = part.hasPrefix("1 ") && among.count == 1 ? among[0] : "\(Words.list(among)) among them"
            return alone ? "\(part) (\(words))" : "\(part), \(words)"
        }
        let last = parts.count - 1
        let full = parts.enumerated().map { index, part in
            named(part, (index == 0 ? inside.countries : []) + (index == last ? inside.regions : []))
        }
        if alone {
            guard let countries = full.first else { return name }
            return "\(name) and its \(countries)" + full.dropFirst().map { ", and " + $0 }.joined()
        }
        guard !full.isEmpty else { return name }
        // With a place named inside the countries, the list's own "and" takes a comma before it.
        let details = full.count > 1 && !inside.countries.isEmpty ? full.dropLast().joined(separator: ", ") + ", and " + full[last] : Words.list(full)
        // A name with its own qualifier in brackets takes the counts inside them:
        // `the Americas (ILO region; 57 countries and 9 regions within it)`.
        if name.hasSuffix(")") { return name.dropLast() + "; " + details + ")" }
        return name + " (" + details + ")"
    }

    /// The regions not in `places` with at least one of `countries` among their members, the
    /// world left out (every place lies within it, and a brief that wants it asks for it), by code.
    private func overlappingRegions(outside places: Set<String>, sharing countries: Set<String>) -> [String] {
        guard !countries.isEmpty else { return [] }
        return catalog.members.compactMap { region, members in
            guard !places.contains(region), catalog.places[region]?.kind != "world", members.contains(where: countries.contains) else { return nil }
            return region
        }.sorted()
    }

    // MARK: Words

    /// The reference periods in scope in words: years as they always were ("reference year 2019",
    /// "reference years from 2010"), and a month or a day as what it keeps, every figure whose
    /// period overlaps it ("reference periods overlapping June 2019", "... overlapping
    /// June-December 2019"), in the words the period column uses (`ReferencePeriod`).
    ///
    /// Why not "reference month 2019-06": it keeps a figure for the whole of 2019, which the
    /// reader would not expect of a brief about June; the period column then shows why.
    private func describePeriods(_ from: PeriodBound?, _ to: PeriodBound?) -> String {
        guard !(from?.isYear ?? true) || !(to?.isYear ?? true) else { return describeYears(from?.year, to?.year) }
        switch (from, to) {
        case (let from?, let to?): return "reference periods overlapping " + ReferencePeriod(start: from.text, end: to.text).text
        case (let from?, nil): return "reference periods ending \(from.words) or later"
        case (nil, let to?): return "reference periods starting \(to.words) or earlier"
        case (nil, nil): return describeYears(nil, nil)
        }
    }

    private func describeYears(_ from: Int?, _ to: Int?) -> String {
        switch (from, to) {
        case (let from?, let to?): from == to ? "reference year \(from)" : "reference years \(from)-\(to)"
        case (let from?, nil): "reference years from \(from)"
        case (nil, let to?): "reference years up to \(to)"
        case (nil, nil): "all reference years"
        }
    }

    private func topic(_ measures: [String], concepts: [String], places: [String], present: Set<String>) -> String {
        var topic: String
        if !measures.isEmpty {
            // A sub-measure asked for beside its parent is in the parent already.
            topic = measureList(folded(measures).map { catalog.measureLabel($0.code) })
        } else {
            // The concepts asked for, else those of the measures with figures, in the order of
            // `concepts`; a measure of the "other" concept is named by its label.
            let named = concepts.isEmpty
                ? Self.concepts.filter { concept in present.contains { catalog.measures[$0]?.concept == concept } } : concepts
            var words: [String] = []
            for concept in named {
                if concept == "other" && concepts.isEmpty {
                    words += catalog.measureOrder.filter { present.contains($0) && catalog.measures[$0]?.concept == "other" }
                        .map { Words.midSentence(catalog.measureLabel($0)) }
                } else {
                    words.append(Words.concept(concept))
                }
            }
            let list = words.isEmpty ? "Trafficking in persons, forced labour and modern slavery" : Words.list(words)
            topic = list.prefix(1).uppercased() + list.dropFirst()
        }
        // As sentences name them: "in the world", "in the United Kingdom" (`Words.place`).
        if !places.isEmpty { topic += " in " + Words.list(places.map { Words.place(catalog.placeName($0)) }) }
        return topic
    }
}
