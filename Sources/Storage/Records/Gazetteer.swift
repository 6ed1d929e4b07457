import Foundation

/// Every way a person writes a place, to its code: the one rule by which ingest reads a place in
/// a file and a report's `--place` reads one on the command line.
///
/// Why one rule: a place that loads from a file (`035`, `Viet Nam`, `côte d’ivoire`) must also
/// select its figures in a report; two lookups drifted apart (reports refused M49 numbers
/// written without their leading zeros).
public struct Gazetteer: Sendable {
    /// Folded (`key(_:)`) code, alpha-2, alpha-3, M49 number (as stored and without leading
    /// zeros), name or alias → place code.
    private var codes: [String: String] = [:]
    /// Folded names and aliases that name two or more places (`Micronesia`: the country and the
    /// M49 sub-region) → those places, by code. Such a name resolves to nothing: picking one
    /// silently would file a figure under the wrong place.
    private var ambiguous: [String: [Place]] = [:]
    /// Folded names and aliases, the ambiguous too: what may follow a leading `the`
    /// (`withoutArticle(_:)`), where a code may not (`the it` is no Italy).
    private var nameKeys: Set<String> = []
    /// Place names, then aliases as written: what "did you mean ...?" suggests from.
    public private(set) var names: [String] = []
    /// M49 numbers as stored (`840`) → the place's name: what a number that names nothing is
    /// offered (`M49Suggestions`).
    private var numbers: [String: String] = [:]
    /// Place code → kind (`country`, `m49-region`, ...): what ranks a region before a country
    /// among the suggestions for a text that reads as a region (`suggestions(for:)`).
    private var kinds: [String: String] = [:]

    /// Each place's name, by code: what a note says a code it read stands for.
    private var placeNames: [String: String] = [:]
    /// Each code, number, name and alias exactly as the places tables write it, to what
    /// `code(for:)` finds for it: worked out once here, so that a file's `PHL` or `Philippines`
    /// is found without being trimmed, lower-cased and split into words for every row, some
    /// 3,700 instructions a figure (`callgrind`, session 62). Any other spelling goes the long way,
    /// and so does one that finds no place (an alias two places share): it is left out.
    private var exact: [String: String] = [:]

    /// The name of the place coded `code`, or nil for none.
    public func name(of code: String) -> String? { placeNames[code] }

    /// The places and aliases of the database.
    public init(db: Database) throws {
        let aliases = try db.rows("SELECT alias, place FROM place_aliases ORDER BY alias").compactMap { row in
            row.string("alias").flatMap { alias in row.string("place").map { (alias: alias, place: $0) } }
        }
        self.init(places: try Place.all(in: db), aliases: aliases)
    }

    /// - Parameters:
    ///   - places: every place, by code: of two places with the same code, number or alpha code,
    ///     the later wins.
    ///   - aliases: other names. A code or number always means its place; a name or alias that
    ///     names two places is ambiguous (`ambiguity(of:)`).
    public init(places: [Place], aliases: [(alias: String, place: String)]) {
        var named: [String: [String]] = [:]
        var byCode: [String: Place] = [:]
        for place in places {
            byCode[place.code] = place
            kinds[place.code] = place.kind
            placeNames[place.code] = place.name
            for code in [place.code, place.alpha2, place.alpha3, place.m49].compactMap({ $0 }) {
                codes[Self.key(code)] = place.code
            }
            if let m49 = place.m49, let number = Int(m49) {
                codes[String(number)] = place.code
                numbers[m49] = place.name
            }
            named[Self.key(place.name), default: []].append(place.code)
            names.append(place.name)
        }
        for (alias, place) in aliases {
            named[Self.key(alias), default: []].append(place)
            names.append(alias)
        }
        nameKeys = Set(named.keys)
        for (key, named) in named where codes[key] == nil {
            var distinct: [String] = []
            for code in named where !distinct.contains(code) { distinct.append(code) }
            if distinct.count == 1 {
                codes[key] = distinct[0]
            } else {
                ambiguous[key] = distinct.sorted().compactMap { byCode[$0] }
            }
        }
        var exact: [String: String] = [:]
        let spellings = places.flatMap { [$0.code, $0.alpha2, $0.alpha3, $0.m49, $0.name].compactMap { $0 } } + aliases.map(\.alias)
        for text in spellings where exact[text] == nil {
            if let code = code(for: text) { exact[text] = code }
        }
        self.exact = exact
    }

    /// The code of the place `text` names, or nil: an ISO 3166-1 alpha-2 or alpha-3 code, an M49
    /// number with or without leading zeros (`035`, `35`), a place code (`ILO-ASIA-PACIFIC`), an
    /// English name or an alias, in any case, with spaces around it ignored, a typographic
    /// apostrophe (`Côte d’Ivoire`, as word processors write it; `apostrophes`) read as a straight one, and
    /// accents ignored both ways (`Curacao` is `Curaçao`, `São Tomé` is `Sao Tome`). Nil too for
    /// a name of two places (`ambiguity(of:)`). A name may start with `the` in any case (`the Cook
    /// Islands`, `The Philippines`), as briefs print place names in their sentences.
    public func code(for text: String) -> String? {
        if let code = exact[text] { return code }
        let key = Self.key(text)
        if let code = codes[key] { return code }
        if !key.isEmpty, key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(key), let code = codes[String(number)] {
            return code
        }
        guard ambiguous[key] == nil else { return nil }
        if let name = withoutArticle(key) { return codes[name] }
        return taggedRegion(key)
    }

    /// The region folded `key` names as a region's name followed by the body whose region it is
    /// (`asia and the pacific (ilo)`, `east asia and the pacific (unodc)`, `africa (un)`), or nil:
    /// the tags the Our World in Data loader reads (`OWIDEntityQualifier`), and `(ILO region)` and
    /// `(UNODC region)` as tipdb's own names write them (`americas (ilo)` is `Americas (ILO
    /// region)`). A tag of another body's region names nothing (`southern asia (unodc)`).
    ///
    /// Why: an analyst tags a region with its body to keep regions of different systems apart,
    /// and `--place "Asia and the Pacific (ILO)"` and a figures file refused what the OWID loader
    /// read (a regional analyst's review, session 51).
    private func taggedRegion(_ key: String) -> String? {
        guard key.hasSuffix(")"), let open = key.range(of: " (", options: .backwards) else { return nil }
        let name = String(key[..<open.lowerBound])
        let tag = key[open.upperBound...].dropLast()
        let bodies: [Substring: (prefix: String, suffix: String?)] = [
            "ilo": ("ILO-", " (ilo region)"), "ilo region": ("ILO-", " (ilo region)"),
            "unodc": ("UNODC-", " (unodc region)"), "unodc region": ("UNODC-", " (unodc region)"),
            "un": ("M49-", nil), "m49": ("M49-", nil), "un m49": ("M49-", nil),
        ]
        guard let body = bodies[tag] else { return nil }
        for candidate in [name] + (body.suffix.map { [name + $0] } ?? []) {
            if let code = codes[candidate], code.hasPrefix(body.prefix) { return code }
        }
        return nil
    }

    /// The places `text` names when it names more than one (a name or alias two places share,
    /// such as `Micronesia`, or `the Micronesia`), by code; empty otherwise.
    public func places(sharing text: String) -> [Place] {
        let key = Self.key(text)
        if let shared = ambiguous[key] { return shared }
        guard codes[key] == nil, let name = withoutArticle(key) else { return [] }
        return ambiguous[name] ?? []
    }

    /// Folded `key` without a leading `the `, when what follows is a place's name or alias (`the
    /// cook islands`: `cook islands`); nil otherwise.
    ///
    /// Why: briefs write a place in a sentence as English does (`the Cook Islands`, `the world`),
    /// and an analyst copies it from there into `--place` or a figures file, where it was
    /// refused with `did you mean "Cook Islands"?` (review of session 46). Only after the whole
    /// text names nothing: a name or alias that starts with `The` (`The Gambia`) is read as
    /// itself, and no text that named a place names another now. Never a code or number after
    /// it: `the it` or `the 566` in a search query is no place.
    private func withoutArticle(_ key: String) -> String? {
        guard key.hasPrefix("the ") else { return nil }
        let name = String(key.dropFirst(4))
        return nameKeys.contains(name) ? name : nil
    }

    /// Names and aliases that name two or more places, folded as lookups fold them: what
    /// `places(sharing:)` refuses.
    public var ambiguousNames: [String] { ambiguous.keys.sorted() }

    /// The names and aliases closest to `text`, for "did you mean ...?": one name for each place,
    /// so that "Korea" is offered both Koreas rather than three spellings of one. For a number,
    /// the M49 numbers one digit from it (`M49Suggestions`), which `glosses(of:)` names.
    ///
    /// For a text that reads as a region (`readsAsRegion(_:)`), regions come before countries,
    /// each in their own order: "South Asia" was offered the country "South Africa" first, a few
    /// letters nearer than the region "Southern Asia", and a figure for a region filed under a
    /// country is wrong by a continent.
    ///
    /// A leading `the` is left out (`the Phillipines` is offered `Philippines`): `code(for:)` reads
    /// a name after it, and the three letters put every name too far from the text.
    public func suggestions(for text: String) -> [String] {
        let text = Self.droppingArticle(text)
        let key = Self.key(text)
        if !key.isEmpty, key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return M49Suggestions.closest(to: key, among: numbers.keys)
        }
        var places = Set<String>()
        // A name whose number differs is another grouping, not a spelling: EU-28 (with the United
        // Kingdom, to 2020) is not the EU of 27, nor G7 the G20; offering one would mislabel the figures.
        let digits = Self.digitRuns(text)
        let ranked = Suggestions.closest(to: text, among: names, limit: names.count)
            .filter { digits.isEmpty || Self.digitRuns($0).isEmpty || Self.digitRuns($0) == digits }
        var distinct = ranked.filter { places.insert(codes[Self.key($0)] ?? $0).inserted }
        if Self.readsAsRegion(text) {
            let isCountry = { (name: String) in codes[Self.key(name)].flatMap { kinds[$0] } == "country" }
            distinct = distinct.filter { !isCountry($0) } + distinct.filter(isCountry)
        }
        return Array(distinct.prefix(3))
    }

    /// `text` without a leading `the` and the spaces after it (any case), when a letter follows.
    static func droppingArticle(_ text: String) -> String {
        let trimmed = text.drop(while: \.isWhitespace)
        guard trimmed.prefix(3).lowercased() == "the", let space = trimmed.dropFirst(3).first, space.isWhitespace else { return text }
        let rest = trimmed.dropFirst(3).drop(while: \.isWhitespace)
        return rest.contains(where: \.isLetter) ? String(rest) : text
    }

    /// The runs of digits in `text` (`EU-28` → `["28"]`), to tell numbered groupings apart.
    static func digitRuns(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isASCII && $0.isNumber) })
    }

    /// The name of each suggestion that is an M49 number (`840` → `United States`), to print
    /// beside it: a number alone does not say which place it is.
    public func glosses(of suggestions: [String]) -> [String: String] {
        var glosses: [String: String] = [:]
        for suggestion in suggestions { glosses[suggestion] = numbers[suggestion] }
        return glosses
    }

    /// `text` trimmed and lower-cased, every apostrophe (`apostrophes`) made straight, accents removed, and
    /// hyphens (and Unicode dashes: `Sub–Saharan`) and spaces between words made one space: the one form both the table and every
    /// lookup are written in, so that `Curacao` finds `Curaçao`, `São Tomé` finds `Sao Tome` and
    /// `Sub Saharan Africa` finds `Sub-Saharan Africa`.
    ///
    /// Why words: names are written with a hyphen in one list and a space in another (`Asia-Pacific`
    /// and `Asia Pacific`, `South-Eastern Asia`); only a name that held the spelling of its table
    /// row loaded, and `Sub Saharan Africa` was refused while `Asia Pacific` (an alias) was not.
    /// Only a hyphen between letters is a word break: `-4` and `M49-035` keep theirs, so that no
    /// text that named nothing (a negative number) now names a place.
    ///
    /// Why folded once, on both sides: ingest looks up a place for each row of files of a million
    /// rows; plain ASCII (nearly every row) takes the fast path and never reaches Foundation.
    static func key(_ text: String) -> String {
        var trimmed = Substring(text)
        while trimmed.first?.isWhitespace == true { trimmed = trimmed.dropFirst() }
        while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most names have single spaces and no hyphen: they are only lower-cased.
            var lower = trimmed.lowercased()
            if lower.utf8.contains(UInt8(ascii: "`")) { lower = lower.replacingOccurrences(of: "`", with: "'") }
            return hasWordBreaks(lower) ? words(lower) : lower
        }
        // An apostrophe of another kind is a straight one (`apostrophes`), and a Unicode dash
        // (`Sub–Saharan`, `Guinea‑Bissau`, as word processors and spreadsheets write them) a
        // hyphen, which `words` then treats alike.
        let straight = String(String.UnicodeScalarView(String(trimmed).unicodeScalars.map { scalar in
            apostrophes.contains(scalar) ? "'" : Dashes.hyphenLike.contains(scalar) ? "-" : scalar
        }))
        return words(straight.folding(options: .diacriticInsensitive, locale: nil).lowercased())
    }

    /// The characters that are read as the straight apostrophe of `Côte d'Ivoire`: the curly one
    /// (U+2019, as word processors write it), and those a keyboard or a copied text gives for it,
    /// which look the same in a file: U+02BC modifier letter apostrophe, U+2018 left single
    /// quotation mark, U+00B4 acute accent, U+02B9 modifier letter prime, U+2032 prime and the
    /// grave accent (U+0060).
    ///
    /// Why: `Côte dʼIvoire` was refused with `did you mean "Côte d'Ivoire"?`, a name that looks
    /// identical (review of session 47); no place's name holds any of these.
    static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{02BC}", "\u{2018}", "\u{00B4}", "\u{02B9}", "\u{2032}", "`"]

    /// Whether ASCII `text` holds a hyphen, two spaces in a row or a control character, which
    /// `words` rewrites: one pass over the bytes, as ingest asks it of every row's place.
    private static func hasWordBreaks(_ text: String) -> Bool {
        var afterSpace = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") || byte < 0x20 || (byte == 0x20 && afterSpace) { return true }
            afterSpace = byte == 0x20
        }
        return false
    }

    /// `text` with every run of spaces, and every run of spaces and hyphens between two letters
    /// (`sub-saharan`, `asia - pacific`), made one space; a hyphen beside anything else is kept.
    private static func words(_ text: String) -> String {
        var result = ""
        var gap = ""
        for character in text {
            if character.isWhitespace || character == "-" {
                gap.append(character)
                continue
            }
            if !gap.isEmpty {
                let betweenLetters = result.last?.isLetter == true && character.isLetter
                let hyphenated = gap.contains("-")
                result += hyphenated && !betweenLetters ? gap.filter { $0 == "-" } : " "
                gap = ""
            }
            result.append(character)
        }
        return result + gap.filter { $0 == "-" }
    }
}
