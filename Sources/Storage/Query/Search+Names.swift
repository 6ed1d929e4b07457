import Foundation

extension Search {
    /// What a query names by the vocabularies' own words: a place, one or more measures, or both,
    /// and the query's other words, which the figures must also match.
    struct NamedScope: Equatable {
        /// The place's code and name, or nil for any place.
        var place: (code: String, name: String)?
        /// The places the query names in part when it names none whole (`Pacific`, `East Asia`:
        /// `PlaceNameWords`), each with the alias whose words it holds when its name does not;
        /// only their own figures, where `place` takes in the places within it. Empty for none.
        var places: [(code: String, name: String, kind: String, alias: String?)] = []
        /// The query's words read as the place: the run naming `place` whole, or the words naming
        /// `places` in part, in the query's order.
        var placeWords: [String] = []
        /// The part of a country the query names (`Texas`, `Lagos State`: `SubnationalPlace`), with
        /// its countries (only the one the query names beside it: `Punjab Pakistan`). Its figures are
        /// theirs with the part as a breakdown (`subdivision: Texas`, or `state`, `province` or
        /// `nation` as older files wrote it: `partFigureKeys`). Nil for none.
        var part: (name: String, countries: [String])?
        /// The measures' codes and labels; empty for any measure.
        var measures: [(code: String, label: String)]
        /// The measures below `measures` (`measures.parent`, at any depth), each with its label and
        /// the label of the named measure it is part of: a named measure takes them in, as the
        /// brief's `--measure` does (`subMeasures`).
        var parts: [(code: String, label: String, of: String)] = []
        /// The query's words that name neither, each of which a figure must match
        /// (`figureCondition`): a year by its reference period, any other word by its measure's
        /// name (`detected victims`) or its quote and notes. The small words a label adds (`in`,
        /// `of`) are left out.
        var others: [(word: String, year: Bool, measures: [String])] = []
        /// The words read as `measures`, as `others` reads a word (with the measures whose names
        /// share it): what the query asks for when the measures it names whole have no figures in
        /// scope (`trafficking victims india`: the detected victims, not only the estimate).
        var measureWords: [(word: String, year: Bool, measures: [String])] = []
        /// A number the query gives (`27.6 million`: its words as typed, and what it stands for),
        /// which a figure's value must round to; nil for any value.
        var number: (words: String, value: SearchNumber)?
        /// The words of the runs read as the place and as the measures, each of two words or more
        /// (`United Kingdom`): the note on words no row holds tries each as one (`unmatchedWordsNote`).
        var nameRuns: [[String]] = []
        /// The query's words that ask rather than narrow (`how`, `many`, `are`: `QuestionWords.asking`),
        /// left out of `others`, as a note says (`questionNote`).
        var asking: [String] = []
        /// The query's words that ask for figures counting people (`people`, `victims`:
        /// `QuestionWords.people`), read as the unit `persons` instead of as words of `others`.
        var people: [String] = []

        static func == (a: NamedScope, b: NamedScope) -> Bool {
            a.place?.code == b.place?.code && a.part?.name == b.part?.name && a.places.map(\.code) == b.places.map(\.code) && a.measures.map(\.code) == b.measures.map(\.code) && a.others.map(\.word) == b.others.map(\.word)
                && a.number?.value == b.number?.value && a.people == b.people
        }
    }

    /// The figures whose place or measure `query` names, then the text matches `found` that are not
    /// among them, up to `limit` hits in all, and a note for a region read with its countries.
    ///
    /// Why: the figures' index holds their quotes and notes, so `tipdb search nigeria` missed the
    /// figures for NGA whose quote does not say "Nigeria", and `tipdb search forced labour` those
    /// of the measure whose text does not (review W23). The query's words are read as a place
    /// (as ingest and `--place` read one: a name or an alias in any case and accents, or a code
    /// written in capitals) and as a measure (its code's or label's words, in British or American
    /// spelling), each a run of words anywhere in the query (`forced labour in Nigeria`: both),
    /// and the excerpt of each figure so found says what matched (the text excerpt when the text
    /// matches it too). The query's other words narrow those figures, as every word of a text
    /// search must match: a year (`forced labour Nigeria 2021`) by the reference period, any other
    /// word by the words of the measure's code or label (`detected victims nigeria`, as `report
    /// --measure` suggests a measure) or by the quote and notes. Before, only a query wholly of
    /// place and measure words found figures by name, so a year or a shortened measure name found
    /// none (review of session 29). Nothing is added to the indexes: a lookup by the figures'
    /// indexes on measure and place.
    ///
    /// Why first: words that name a place or a measure ask for its figures, an exact match on the
    /// figure's own fields, where a text match is a word somewhere in a quote or note; listed after
    /// the text matches, they were the first to be cut by `--limit`. A region is read as the brief's
    /// `--place` reads it: its own figures, then those of its countries and of the regions within it.
    ///
    /// - Parameter notes: false when only whether figures are found matters (`finds`): the notes
    ///   on regions read in part or left out each read the database again.
    func withNamedFigures(_ found: [Hit], query: String, limit: Int, notes withNotes: Bool = true) throws -> (hits: [Hit], notes: [String]) {
        let scopes = try namedScopes(query)
        guard !scopes.isEmpty else { return (found, []) }
        let found = Self.withoutBareNumbers(found, scopes: scopes)
        var named: [Hit] = []
        var notes: [String] = []
        var seen = Set<String>()
        // Regions another reading lists (`East Asia`: Asia whole, and East Asia and the Pacific in
        // part) are not offered again by the note on regions left out.
        let readInPart = Set(scopes.flatMap { $0.places.map(\.code) })
        for scope in scopes where named.count < limit {
            let within = try placesWithin(scope.place?.code)
            var scope = scope
            var hits = try figures(in: scope, within: within, limit: limit)
            // Words asking for people (`forced labour profits per victim`) where no figure counts
            // persons narrow as any other word, by the text and the measures' names.
            if hits.isEmpty, !scope.people.isEmpty {
                scope = try Self.peopleAsWords(scope, measures: Measure.all(in: db))
                hits = try figures(in: scope, within: within, limit: limit)
            }
            // A measure named whole that has no figures here (`trafficking victims india`: only
            // detected victims are held for India) is read as words, as `victims india` is, and
            // the note says so: before, the query found nothing, and a reader took it that tipdb
            // holds no such figures for the place (a user-review, session 39).
            if hits.isEmpty, !scope.measures.isEmpty, !scope.measureWords.isEmpty,
               scope.measureWords.allSatisfy({ !$0.measures.isEmpty }) {
                var wider = scope
                wider.measures = []
                wider.parts = []
                wider.others = scope.measureWords + scope.others
                hits = try figures(in: wider, within: within, limit: limit)
                if !hits.isEmpty {
                    let names = scope.measures.map { "\($0.label) (\($0.code))" }.joined(separator: " or ")
                    // The years too: figures of the measure for other years are no figures "of" it here.
                    let years = scope.others.filter(\.year).map(\.word)
                    let when = years.isEmpty ? "" : " in " + years.joined(separator: " and ")
                    let note = "no figures of \(names)\(scope.place.map { " for \($0.name)" } ?? "")\(when); "
                        + "listed instead: figures of the measures whose names hold the same words"
                    if !notes.contains(note) { notes.append(note) }
                }
            }
            if let place = scope.place, !within.isEmpty, !hits.isEmpty || scope.others.isEmpty {
                let note = "\(place.name) is a region: its own figures come first, then those of the places within it, as tipdb report brief --place reads it"
                if !notes.contains(note) { notes.append(note) }
            }
            if withNotes, !hits.isEmpty, let note = try placeWordsNote(scope, query: query), !notes.contains(note) { notes.append(note) }
            if withNotes, let note = try otherRegionsNote(scope, within: within, readInPart: readInPart, query: query), !notes.contains(note) {
                notes.append(note)
            }
            if !hits.isEmpty, let note = Self.questionNote(asking: scope.asking, people: scope.people), !notes.contains(note) {
                notes.append(note)
            }
            hits.removeAll { !seen.insert($0.key).inserted }
            named += hits.prefix(limit - named.count)
        }
        // A figure the text matches too keeps its text excerpt, the words it was found by, as
        // without the names.
        var excerpts: [String: String] = [:]
        for hit in found where hit.kind == "figures" && !hit.marked.isEmpty { excerpts[hit.key] = excerpts[hit.key] ?? hit.marked }
        for index in named.indices { named[index].marked = excerpts[named[index].key] ?? named[index].marked }
        let rest = found.filter { $0.kind != "figures" || !seen.contains($0.key) }
        return (Array((named + rest).prefix(limit)), notes)
    }

    /// The countries of region `code` and the regions wholly inside it (`Place.regions(within:)`),
    /// as the brief's `--place` includes them; none for a country, or for no place.
    func placesWithin(_ code: String?) throws -> [String] {
        guard let code else { return [] }
        var members: [String: [String]] = [:]
        for row in try db.rows("SELECT region, country FROM place_members") {
            if let region = row.string("region"), let country = row.string("country") { members[region, default: []].append(country) }
        }
        guard let own = members[code], !own.isEmpty else { return [] }
        return Set(own).union(Place.regions(within: code, members: members)).subtracting([code]).sorted()
    }

    /// The readings of `query` as a place, measures, or both, each with the query's other words;
    /// none for FTS5 syntax (a column filter, an operator, a prefix, a phrase's quotes aside),
    /// which asks for text.
    ///
    /// A place and a measure are each a run of up to `longestName` words: the longest run that
    /// names one, the first of equal length, and then the other in the words left. Both orders
    /// are tried, place first and measure first, so that a measure's words are not taken for a
    /// place or the other way round; each different reading is one scope. A number is read as a
    /// place (an M49 code) only when it is the whole query, as before: `nigeria 2021` is Nigeria in
    /// 2021, and `victims 100` no figures of Bulgaria.
    func namedScopes(_ query: String) throws -> [NamedScope] {
        let typed = Self.typedWords(query)
        let words = typed.map(\.word)
        let syntax = CharacterSet(charactersIn: ":*()^{}+")
        guard !words.isEmpty, query.rangeOfCharacter(from: syntax) == nil,
              !words.contains(where: { ["OR", "AND", "NOT", "NEAR"].contains($0) || $0.hasPrefix("-") })
        else { return [] }
        let gazetteer = try Gazetteer(db: db)
        let measures = try Measure.all(in: db)
        let candidates = measures.map { (value: $0.code, names: [$0.code, $0.label]) }
        var placeNames: [String: String] = [:]
        for row in try db.rows("SELECT code, name FROM places") {
            if let code = row.string("code"), let name = row.string("name") { placeNames[code] = name }
        }
        func place(_ text: String) -> (code: String, name: String)? {
            // A code is read only in capitals (`US`, `NGA`): `in`, `and` or `can` in a query are words.
            guard text.contains(where: \.isLetter) || text == query.trimmingCharacters(in: .whitespaces),
                  text.count > 3 || text == text.uppercased(),
                  let code = gazetteer.code(for: Self.worldAdverbs.contains(text.lowercased()) ? "World" : text), let name = placeNames[code]
            else { return nil }
            return (code, name)
        }
        func named(_ text: String) -> [(code: String, label: String)] {
            let wanted = Set(Suggestions.foldedWords(text))
            guard !wanted.isEmpty else { return [] }
            return measures.filter { Set(Suggestions.foldedWords($0.code)) == wanted || Set(Suggestions.foldedWords($0.label)) == wanted }
                .map { ($0.code, $0.label) }
        }
        /// The longest run of words outside `taken` that `read` reads, the first of equal length.
        func longestRun<T>(outside taken: [Range<Int>], longest: Int = Self.longestName, _ read: (String) -> T?) -> (run: Range<Int>, found: T)? {
            for length in stride(from: min(words.count, longest), through: 1, by: -1) {
                for start in 0...(words.count - length) {
                    let run = start..<(start + length)
                    if taken.contains(where: run.overlaps) { continue }
                    if let found = read(words[run].joined(separator: " ")) { return (run, found) }
                }
            }
            return nil
        }
        let readMeasures = { (text: String) -> [(code: String, label: String)]? in
            let found = named(text)
            return found.isEmpty ? nil : found
        }
        /// The words at `indices`, each as a year or with the measures that share it or its stem
        /// (`trafficked`: every measure of trafficking); a small word (`in`, `of`) or punctuation
        /// alone narrows nothing.
        func readWords(at indices: [Int]) -> [(word: String, year: Bool, measures: [String])] {
            indices.compactMap { index in
                let word = words[index]
                if Self.years(of: word) != nil { return (word, true, []) }
                guard !Suggestions.foldedWords(word).isEmpty else { return nil }
                let sharing = Suggestions.sharingWords(with: word, among: candidates, limit: candidates.count)
                return (word, false, sharing + Self.sharingStem(of: word, among: measures).filter { !sharing.contains($0) })
            }
        }
        /// The indices outside `taken` split into the words a question asks with, those asking for
        /// a count of people, and the rest (`questionWords`).
        func question(outside taken: [Range<Int>], namesMeasure: Bool) -> (asking: [String], people: [String], rest: [Int]) {
            let indices = words.indices.filter { index in !taken.contains { $0.contains(index) } }
            return Self.questionWords(at: indices, of: typed, namesMeasure: namesMeasure) { word in
                !Suggestions.sharingWords(with: word, among: candidates, limit: 1).isEmpty
            }
        }
        // A number (`27.6 million`, `2,400,000`, `2.4m`) is one word or two, or three for a rate
        // (`5.3 per 1,000`), and never a year, which narrows by the period instead.
        let numberRun = longestRun(outside: [], longest: 3) { (text: String) -> SearchNumber? in
            let parts = text.split(separator: " ")
            guard parts.count < 3 || parts[1].lowercased() == "per" else { return nil }
            return parts.allSatisfy { Self.years(of: String($0)) == nil } ? readNumber(text) : nil
        }
        let numberTaken = numberRun.map { [$0.run] } ?? []
        // A part of a country (`Texas`) where no place is named: a name tipdb's places do not take (`Georgia` is the country).
        let readPart = { (text: String) -> SubnationalPlace? in place(text) == nil ? SubnationalPlace.named(text) : nil }
        // The part a run read as Georgia or Niger also names (`SubnationalPlace.countryNamesakes`), or nil.
        let namesakePart = { (run: (run: Range<Int>, found: (code: String, name: String))) -> SubnationalPlace? in
            guard SubnationalPlace.countryNamesakes.contains(run.found.code) else { return nil }
            return SubnationalPlace.named(words[run.run].joined(separator: " ")).flatMap { $0.isPart(of: run.found.code) ? nil : $0 }
        }
        var scopes: [NamedScope] = []
        for placeFirst in [true, false] {
            var placeRun: (run: Range<Int>, found: (code: String, name: String))?
            var measureRun: (run: Range<Int>, found: [(code: String, label: String)])?
            var partRun: (run: Range<Int>, found: SubnationalPlace)?
            if placeFirst {
                placeRun = longestRun(outside: numberTaken, place)
                measureRun = longestRun(outside: numberTaken + [placeRun?.run].compactMap { $0 }, readMeasures)
            } else {
                measureRun = longestRun(outside: numberTaken, readMeasures)
                placeRun = longestRun(outside: numberTaken + [measureRun?.run].compactMap { $0 }, place)
            }
            partRun = longestRun(outside: numberTaken + [measureRun?.run].compactMap { $0 }, readPart)
            // A part beside its country (`Punjab Pakistan`, `Texas USA`, `Georgia USA`): that country's figures of the part.
            var partOf: (run: Range<Int>, code: String)?
            if let found = placeRun, let part = partRun, !part.run.overlaps(found.run), part.found.isPart(of: found.found.code) {
                partOf = (found.run, found.found.code)
            } else if let found = placeRun, let part = namesakePart(found),
                      let country = longestRun(outside: numberTaken + [measureRun?.run, found.run].compactMap { $0 }, place),
                      part.isPart(of: country.found.code) {
                partRun = (found.run, part)
                partOf = (country.run, country.found.code)
            }
            if let partOf {
                // The country's words are taken (not read as words to match); the scope's place stays nil.
                placeRun = (partOf.run, (partOf.code, ""))
            } else if let part = partRun?.run, let run = placeRun?.run, part.count > run.count {
                // The longer name wins: `New Mexico` and `Ciudad de México` are parts, not Mexico and two words.
                placeRun = nil
            } else if placeRun != nil {
                partRun = nil
            }
            guard placeRun != nil || partRun != nil || measureRun != nil || numberRun != nil else { continue }
            let taken = numberTaken + [placeRun?.run, partRun?.run, measureRun?.run].compactMap { $0 }
            let asked = question(outside: taken, namesMeasure: measureRun != nil)
            var scope = NamedScope(place: partOf == nil ? placeRun?.found : nil, measures: measureRun?.found ?? [], others: readWords(at: asked.rest))
            scope.part = partRun.map { ($0.found.name, partOf.map { [$0.code] } ?? $0.found.countryCodes) }
            scope.asking = asked.asking
            scope.people = asked.people
            scope.number = numberRun.map { (words[$0.run].joined(separator: " "), $0.found) }
            scope.parts = Self.subMeasures(of: scope.measures, among: measures)
            if let run = measureRun?.run {
                scope.measureWords = readWords(at: Array(run))
            }
            scope.placeWords = partOf == nil ? placeRun.map { Array(words[$0.run]) } ?? [] : []
            scope.nameRuns = [placeRun?.run, partRun?.run, measureRun?.run].compactMap { $0 }.filter { $0.count >= 2 }.map { Array(words[$0]) }
            if !scopes.contains(scope) { scopes.append(scope) }
            // Georgia and Niger are countries, and parts of another (`SubnationalPlace.countryNamesakes`):
            // the country's figures first, then the part's.
            if let run = placeRun, let part = namesakePart(run) {
                var namesake = scope
                namesake.place = nil
                namesake.placeWords = []
                namesake.part = (part.name, part.countryCodes)
                if !scopes.contains(namesake) { scopes.append(namesake) }
            }
        }
        // Words that name no place and no measure whole, but each of which is a word of some
        // measure's name (`trafficking`, `convicted`, `illegal profits`), ask for the figures of
        // the measures whose names hold them all, as they narrow a place's figures (`nigeria
        // victims`): before, such a query found only the figures whose quote or notes held the
        // words, and none of a measure named so in part (user walkthrough of session 33).
        // The words of a question (`how many people trafficked`) are read as above, so that what is
        // left names measures in part. Words that are each a word of a place's name, and of no
        // measure's (`Pacific`, `East Asia`, `trafficking Pacific 2020`), ask in the same way for the
        // figures of the places whose names hold them all (`readingPlaceWords`): before, `East Asia`
        // found nothing, and the note said no figure had the word "East" (a regional analyst's
        // review, session 51).
        let asked = question(outside: [], namesMeasure: false)
        let others = readWords(at: asked.rest)
        // A stem alone (`estimate`, of `estimated`) does not make such a reading: a word of a measure's name must.
        let naming = { (word: String) in !Suggestions.sharingWords(with: word, among: candidates, limit: 1).isEmpty }
        let placeWords = try placeNameWords()
        if scopes.isEmpty, others.contains(where: { !$0.year }) {
            var scope = NamedScope(place: nil, measures: [], others: others)
            scope.asking = asked.asking
            scope.people = asked.people
            // A subgroup's word (`children`, `women`) asks for that subgroup's figures (`SubgroupWords`).
            if others.allSatisfy({ $0.year || naming($0.word) || SubgroupWords.condition(for: $0.word) != nil }) {
                scopes.append(scope)
            } else if let inPart = Self.readingPlaceWords(scope, placeWords, order: words) {
                scopes.append(inPart)
            }
        } else {
            // A scope whose other words are words of place names (`forced labour Pacific`, or `East`
            // beside `Asia` named whole) is also read with them as places named in part, after it.
            var read: [NamedScope] = []
            for scope in scopes {
                read.append(scope)
                if let inPart = Self.readingPlaceWords(scope, placeWords, order: words), !scopes.contains(inPart), !read.contains(inPart) {
                    read.append(inPart)
                }
            }
            scopes = read
        }
        return scopes
    }

    /// Words a question puts the world in as an adverb (`how many people are trafficked
    /// globally`), read as the World as its aliases `Global` and `Worldwide` are; a search's reading
    /// only, since no figures file names its place so.
    static let worldAdverbs: Set<String> = ["globally", "world-wide"]

    /// The most words a place's name or a measure's label is read from: `Saint Vincent and the
    /// Grenadines` is five, `United Kingdom of Great Britain and Northern Ireland` eight.
    static let longestName = 8

    /// The years a word of the query gives: a year (`2016`: four digits from 1000 to 2999), a
    /// span of years as search and briefs print a period (`2002-2011`, or with an en dash), or a
    /// month (`2019-06`, its year); nil for any other word. A figure matches a year when its
    /// reference period includes it, and a span when its period lies within it.
    ///
    /// Why spans: search prints a figure's period `1995-2004`, and a user types it back so; read
    /// as two words of text, it narrowed the measure's figures to none, and the note then said
    /// the measure had no figures at all.
    static func years(of word: String) -> (first: String, last: String)? {
        func isYear(_ text: Substring) -> Bool {
            text.count == 4 && text.allSatisfy { $0.isASCII && $0.isNumber } && (text.hasPrefix("1") || text.hasPrefix("2"))
        }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).flatMap { $0.split(separator: "\u{2013}", omittingEmptySubsequences: false) }
        guard let first = parts.first, isYear(first) else { return nil }
        switch parts.count {
        case 1: return (String(first), String(first))
        case 2 where isYear(parts[1]) && parts[1] >= first: return (String(first), String(parts[1]))
        case 2 where parts[1].count == 2 && parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) && ("01"..."12").contains(String(parts[1])):
            return (String(first), String(first))
        default: return nil
        }
    }

    /// Up to `limit` figures of `scope`, the place's own first, then those of the places `within`
    /// it; only those that match each of the scope's other words (`NamedScope.others`). Primary
    /// figures come before repeats (`repeatDepth`), then a number that the query gives, the nearest first, a named
    /// measure before its sub-measures, the world before regions and regions before countries
    /// (`placeBreadth`), the latest period first, and a whole population before its subgroups
    /// (`isSubgroup`) and the measure's own unit before others (`isOtherUnit`).
    ///
    /// Why not by measure and place code, as before: `forced labour 2021` listed the Arab States'
    /// rate first and the world's 27.6 million after the regions, so `--limit` cut the figure a
    /// reader looks for first, and within one place the repeats of a number came before the
    /// figure they repeat (review of session 47).
    ///
    /// - Parameter ordered: false when only whether there are any matters (`otherRegionsNote`):
    ///   the order's subqueries, read for every figure of a region, took 0.15 s over 3,600 figures.
    func figures(in scope: NamedScope, within: [String], limit: Int, ordered: Bool = true) throws -> [Hit] {
        let codes = scope.measures.map(\.code)
        var arguments: [any DatabaseValueConvertible] = [
            scope.place?.code, JSONString.array(codes + scope.parts.map(\.code)), limit, JSONString.array(within), JSONString.array(codes),
        ]
        var conditions = ""
        if let part = scope.part {
            // The countries too, so that the figures are looked up by their place, not read whole.
            arguments += [JSONString.array(part.countries), JSONString.array(try partFigureKeys(name: part.name, countries: part.countries))]
            conditions += " AND f.place IN (SELECT value FROM json_each(?\(arguments.count - 1)))"  // sql-constant: a parameter number
                + " AND f.key IN (SELECT value FROM json_each(?\(arguments.count)))"  // sql-constant: a parameter number
        }
        if !scope.places.isEmpty {
            arguments.append(JSONString.array(scope.places.map(\.code)))
            conditions += " AND f.place IN (SELECT value FROM json_each(?\(arguments.count)))"  // sql-constant: a parameter number
        }
        for other in scope.others {
            let number = arguments.count + 1
            if other.year, let years = Self.years(of: other.word), years.first != years.last {
                // A span: the figures whose period lies within it (`1995-2004` is not `2002-2011`).
                arguments += [years.first, years.last]
                conditions += " AND substr(f.period_start, 1, 4) >= ?\(number) AND substr(f.period_end, 1, 4) <= ?\(number + 1)"  // sql-constant: parameter numbers
            } else if other.year, let years = Self.years(of: other.word) {
                arguments.append(years.first)
                conditions += " AND substr(f.period_start, 1, 4) <= ?\(number) AND substr(f.period_end, 1, 4) >= ?\(number)"  // sql-constant: a parameter number
                // A change tells the levels at its two ends, not between them (the gaps' rule): "up 80%"
                // over 2012-2023 is no figure for 2019 (an evaluator's review, session 54).
                conditions += " AND (f.unit NOT IN (SELECT code FROM units WHERE dimension = 'change')"
                    + " OR substr(f.period_start, 1, 4) = ?\(number) OR substr(f.period_end, 1, 4) = ?\(number))"  // sql-constant: a parameter number
            } else if other.word.unicodeScalars.contains(where: UnspacedScript.contains) {
                // Text written without spaces is not split into words by the index: a character sequence.
                arguments += [JSONString.array(other.measures), other.word]
                conditions += " AND (f.measure IN (SELECT value FROM json_each(?\(number))) OR instr(coalesce(f.quote, ''), ?\(number + 1)) > 0 OR instr(coalesce(f.notes, ''), ?\(number + 1)) > 0)"  // sql-constant: parameter numbers
            } else {
                arguments += [JSONString.array(other.measures), Self.phrase(other.word)]
                // A word naming a subgroup (`children`) matches the figures of that subgroup too.
                let subgroup = SubgroupWords.condition(for: other.word).map { " OR " + $0 } ?? ""
                conditions += " AND (f.measure IN (SELECT value FROM json_each(?\(number))) OR f.id IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH ?\(number + 1))\(subgroup))"  // sql-constant: parameter numbers and SubgroupWords' fixed conditions
            }
        }
        // Words asking for a count of people (`people in modern slavery`): the figures in persons.
        if !scope.people.isEmpty {
            arguments.append(QuestionWords.peopleUnit)
            conditions += " AND f.unit = ?\(arguments.count)"  // sql-constant: a parameter number
        }
        // A number: the figures whose value rounds to it, the nearest first; a censored count
        // (`<5`): the figures censored with its bound.
        var nearest = ""
        var revisedColumns = "0 AS revised_match, 0 AS revised_exact"
        if let bound = scope.number?.value.censoredBound {
            arguments.append(bound)
            conditions += " AND f.censored = 1 AND f.high = ?\(arguments.count)"  // sql-constant: a parameter number
        } else if let number = scope.number?.value {
            let first = arguments.count + 1
            arguments += [number.low, number.high, number.value]
            // Or a number the figure's source published before revising it (`earlierNumbers`).
            conditions += " AND (f.value BETWEEN ?\(first) AND ?\(first + 1) OR f.key IN (\(Self.earlierNumbers(first))))"  // sql-constant: parameter numbers and a fixed subquery
            // A rate (`5.3 per 1,000`): the figures in its unit.
            if let unit = number.unit {
                arguments.append(unit)
                conditions += " AND f.unit = ?\(arguments.count)"  // sql-constant: a parameter number
            }
            nearest = "abs(f.value - ?\(first + 2)), "  // sql-constant: a parameter number
            revisedColumns = "f.value NOT BETWEEN ?\(first) AND ?\(first + 1) AS revised_match, "  // sql-constant: parameter numbers
                + "EXISTS (SELECT 1 FROM figure_revisions r WHERE r.figure = f.key AND r.kind = 'revision' AND json_valid(r.previous) "
                + "AND json_extract(r.previous, '$.value') = ?\(first + 2)) AS revised_exact"  // sql-constant: a parameter number
        }
        let sql = """
            SELECT f.id AS id, f.key AS key, \(Self.figureTitle) AS title, -- // sql-constant: Search.figureTitle, a fixed expression
                f.value AS value,
                f.place IS ?1 AS own, (SELECT name FROM places WHERE places.code = f.place) AS place_name,
                f.measure AS measure, (SELECT label FROM measures WHERE measures.code = f.measure) AS measure_label,
                \(Self.periodText) AS period, -- // sql-constant: Search.periodText, a fixed expression
                f.period_basis = 'publication' AS unstated,
                \(revisedColumns), -- // sql-constant: fixed expressions and parameter numbers
                CASE WHEN ?1 IS NOT NULL AND f.place IS NOT ?1 AND f.place NOT IN (SELECT value FROM json_each(?4))
                    THEN (SELECT group_concat(bp.name, ' or ') FROM figure_breakdowns b JOIN places bp ON bp.code = b.place
                        WHERE b.figure = f.key AND \(PeopleOfPlace.condition) AND (b.place = ?1 OR b.place IN (SELECT value FROM json_each(?4)))) -- // sql-constant: PeopleOfPlace.condition, a fixed condition
                END AS citizenship,
                CASE WHEN ?1 IS NOT NULL AND f.place IS NOT ?1 AND f.place NOT IN (SELECT value FROM json_each(?4))
                    THEN (SELECT group_concat(b.dimension, ' ') FROM figure_breakdowns b
                        WHERE b.figure = f.key AND \(PeopleOfPlace.condition) AND (b.place = ?1 OR b.place IN (SELECT value FROM json_each(?4)))) -- // sql-constant: PeopleOfPlace.condition, a fixed condition
                END AS citizenship_dimensions
            FROM figures f
            WHERE (?1 IS NULL OR f.place = ?1 OR f.place IN (SELECT value FROM json_each(?4)) OR f.key IN (\(Self.citizensOfPlace))) -- // sql-constant: Search.citizensOfPlace, a fixed subquery
                AND (?2 = '[]' OR f.measure IN (SELECT value FROM json_each(?2)))\(conditions) -- // sql-constant: built above, values bound
            ORDER BY f.place IS NOT ?1, citizenship IS NOT NULL, \(ordered ? Self.repeatDepth + ", " : "")\(nearest)f.measure NOT IN (SELECT value FROM json_each(?5)) -- // sql-constant: a fixed expression and a parameter number
                \(ordered ? Self.restOfOrder : "") -- // sql-constant: Search.restOfOrder, fixed expressions
            LIMIT ?3
            """
        // The words matched in the quote and notes, for the excerpt.
        let textWords = scope.others.filter { !$0.year }.map { Self.phrase($0.word) }.joined(separator: " OR ")
        return try db.rows(sql, arguments).map { row in
            // Found by the citizenship it counts, for another place: said so, never as that place's figure.
            let citizenship = row.string("citizenship").map {
                (citizenship: $0, recordedFor: row.string("place_name") ?? "",
                 by: PeopleOfPlace.words((row.string("citizenship_dimensions") ?? "").split(separator: " ").map(String.init)))
            }
            let member = scope.place != nil && row.int("own") == 0 && citizenship == nil ? row.string("place_name") : nil
            // Found as a part of its country: the breakdown that says which.
            let ofPart = try scope.part.flatMap { _ in
                try partBreakdown(of: row.string("key") ?? "").map { (breakdown: $0, country: row.string("place_name") ?? "") }
            }
            let namedInPart = scope.places.isEmpty ? nil : row.string("place_name")
            var excerpt: String?
            if !textWords.isEmpty, let id = row.int("id") {
                excerpt = try wholeExcerpt("figures_fts", match: textWords, rowid: id)
            }
            let measure = row.string("measure") ?? ""
            let part = scope.parts.first { $0.code == measure }.map { (label: $0.label, of: $0.of) }
            // A measure the query's other words name in part (`detected victims`) is said, as a named one is.
            let words = scope.others.filter { !$0.year }
            let ownMeasure = scope.measures.isEmpty && !words.isEmpty && words.allSatisfy { $0.measures.contains(measure) }
                ? (code: measure, label: row.string("measure_label") ?? measure) : nil
            let year = scope.others.contains(where: \.year) ? row.string("period") : nil
            return Hit(kind: "figures", key: row.string("key") ?? "", title: row.string("title") ?? "",
                       marked: excerpt ?? Self.matchedBy(scope, memberPlace: member, placeInPart: namedInPart, ofPart: ofPart, citizenship: citizenship,
                                                         measure: ownMeasure, part: part, period: year,
                                                         exactNumber: scope.number?.value.censoredBound != nil
                                                             || (row.int("revised_match") == 1 ? row.int("revised_exact") == 1
                                                                 : row.double("value") == scope.number?.value.value),
                                                         revisedNumber: row.int("revised_match") == 1,
                                                         periodUnstated: row.int("unstated") == 1), rank: 0)
        }
    }

    /// The keys of the figures that had a number from `?first` to `?first + 1` before their source
    /// revised it: a `figure_revisions` row of kind `revision` (a correction fixed tipdb's slip,
    /// which no source published) whose figure was then the same figure (measure, place, period
    /// and subgroup: not a number of another figure the key held before). A figure that is, or
    /// ever was, censored is left out: the source suppressed a count, and its earlier exact
    /// number is withheld, as briefs withhold it (`figure_citations.previous_value`).
    ///
    /// Why: after the Home Office revised 17,004 to 17,010, `tipdb search 17,004` found nothing and
    /// said no figure had that number, though the revision history held it and an earlier brief
    /// cited it (an expert witness's review, session 53). The figure is listed with its number now,
    /// `17,010 (revised from 17,004)`. One subquery over the revisions, not one per figure.
    static func earlierNumbers(_ first: Int) -> String {
        """
        SELECT r.figure FROM figure_revisions r JOIN figures g ON g.key = r.figure
        WHERE r.kind = 'revision' AND json_valid(r.previous) -- past a previous that is not JSON (json-not-valid)
            AND json_extract(r.previous, '$.value') BETWEEN ?\(first) AND ?\(first + 1) -- // sql-constant: parameter numbers
            AND coalesce(json_extract(r.previous, '$.censored'), 0) = 0 AND g.censored = 0
            AND json_extract(r.previous, '$.measure') IS g.measure AND json_extract(r.previous, '$.place') IS g.place
            AND json_extract(r.previous, '$.period_start') IS g.period_start AND json_extract(r.previous, '$.period_end') IS g.period_end
            AND json_extract(r.previous, '$.sex') IS g.sex AND json_extract(r.previous, '$.age_group') IS g.age_group
            AND json_extract(r.previous, '$.form') IS g.form
            AND NOT EXISTS (SELECT 1 FROM figure_revisions c WHERE c.figure = r.figure AND json_valid(c.previous) AND json_extract(c.previous, '$.censored') = 1)
        """
    }

    /// The keys of the figures that count only people whose citizenship is the place named (?1)
    /// or a place within it (?4): a figure for another place broken down by `citizenship`, or by
    /// `country-of-origin` or `country-of-birth` (`PeopleOfPlace`).
    ///
    /// Why: `tipdb search "Viet Nam"` did not find the United Kingdom's count of victims of
    /// Vietnamese citizenship (`citizenship: Viet Nam`), which a user writing about Viet Nam
    /// looks for (session 54). They come after the place's own figures and those of the places
    /// within it, and their excerpt says whose figure they are (`matchedBy`'s `citizenship`).
    /// One uncorrelated subquery, by the index of `figure_breakdowns` on place.
    static let citizensOfPlace = """
        SELECT b.figure FROM figure_breakdowns b
        WHERE \(PeopleOfPlace.condition) -- // sql-constant: PeopleOfPlace.condition, a fixed condition
            AND (b.place = ?1 OR b.place IN (SELECT value FROM json_each(?4)))
        """

    /// The rest of `figures(in:within:limit:)`'s order, after its place, repeats, number and
    /// measure: the widest place, newest first, a whole population and the measure's own unit first.
    private static let restOfOrder = """
        , \(placeBreadth), f.period_end DESC, f.period_start DESC, -- // sql-constant: a fixed expression
            \(isSubgroup), \(isOtherUnit), f.measure, f.place, f.key -- // sql-constant: fixed expressions
        """

    /// `word` as an FTS5 phrase: in double quotes, a `"` in it doubled, so that any text is one.
    static func phrase(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The excerpt of a figure found by name: what it was found by, the names marked as matches
    /// (in [brackets] in the text output) as the words a text match shows.
    /// A figure of a place within the region the query names says both: `its place, [Nigeria],
    /// is in [Western Africa]`. `measure` is the figure's own measure when the query's other words
    /// name it in part, and `period` its reference period when the query gives a year in it; or,
    /// `periodUnstated`, the year it is filed under when its source states no period: `it is filed
    /// under [2014] (period not stated)`, never "its period is".
    ///
    /// A figure found by the citizenship it counts (`citizenship`) says it and the place it was
    /// recorded for: `it counts people of [Viet Nam] citizenship, recorded for United Kingdom`;
    /// `by` says what the people are of the place by (`PeopleOfPlace.words`: `citizenship`, `origin`).
    static func matchedBy(
        _ scope: NamedScope, memberPlace: String? = nil, placeInPart: String? = nil, ofPart: (breakdown: String, country: String)? = nil,
        citizenship: (citizenship: String, recordedFor: String, by: String)? = nil, measure: (code: String, label: String)? = nil,
        part: (label: String, of: String)? = nil, period: String? = nil, exactNumber: Bool = false, revisedNumber: Bool = false,
        periodUnstated: Bool = false
    ) -> String {
        let mark = { (name: String) in String(matchStart) + name + String(matchEnd) }
        let labels = (scope.measures.isEmpty ? measure.map { [$0] } ?? [] : scope.measures).map { mark($0.label) }
        let measureText = part.map { "its measure, \(mark($0.label)), is part of \(mark($0.of))" }
            ?? (labels.isEmpty ? nil : "its measure is " + labels.joined(separator: " or "))
        var place: String?
        if let citizenship {
            place = "it counts people of \(mark(citizenship.citizenship)) \(citizenship.by), recorded for \(citizenship.recordedFor)"
        } else if let region = scope.place {
            place = memberPlace.map { "its place, \(mark($0)), is in \(mark(region.name))" } ?? "its place is \(mark(region.name))"
        } else if let ofPart {
            place = "its place is \(ofPart.country), with breakdown \(mark(ofPart.breakdown))"
        } else {
            place = placeInPart.map { "its place is \(mark($0))" }
        }
        let periodText = period.map { periodUnstated ? "it is filed under " + mark($0) + " (period not stated)" : "its period is " + mark($0) }
        // The figure's own number ends its title: the excerpt says whether it is the query's or rounds to it.
        // Found by an earlier number (`earlierNumbers`): the title gives the number now, "(revised from ...)".
        let numberText = scope.number.map {
            (revisedNumber ? (exactNumber ? "its number before a revision was " : "its number before a revision rounds to ")
                : exactNumber ? "its number is " : "its number rounds to ") + mark($0.words)
        }
        return EnglishList.joined([numberText, measureText, place, periodText].compactMap { $0 })
    }
}
