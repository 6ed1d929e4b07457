import Foundation

/// Ranked full-text search over the `*_fts` indexes.
public struct Search {
    public struct Hit: Sendable, Equatable, Codable {
        /// `sources`, `studies` or `figures`.
        public var kind: String
        public var key: String
        public var title: String
        /// The matching text with each match between `Search.matchStart` and `Search.matchEnd`.
        var marked: String
        public var rank: Double

        /// The matching text with the matched words in [brackets], as the text output shows it.
        public var snippet: String {
            String(String.UnicodeScalarView(marked.unicodeScalars.map {
                $0 == Search.matchStart ? "[" : $0 == Search.matchEnd ? "]" : $0
            }))
        }

        /// The matching text without marks, and where the matches are in it.
        public var excerpt: SearchExcerpt { SearchExcerpt(marked: marked) }

        /// A CSL-JSON source's title and excerpt (`markup`) are given without their CSL markup
        /// (`<i>Dutch</i>` is `Dutch`, `CSLRichText.plain`): a result line is plain text. An
        /// excerpt cut between a tag and its partner loses the lone tag too. Any other title is
        /// data, shown as written.
        init(kind: String, key: String, title: String, marked: String, rank: Double, markup: Bool = false) {
            self.kind = kind
            self.key = key
            self.title = CSLRichText(title, markup: markup).plain
            self.marked = markup ? CSLRichText.withoutTags(CSLRichText(marked).plain) : marked
            self.rank = rank
        }
    }

    /// What marks where a match starts and ends in an excerpt: two characters of Unicode's
    /// private use area, which no published text means anything by, so that the matches can be
    /// told from brackets in the stored text (`SearchExcerpt`). SQL writes them `char(57344)`
    /// and `char(57345)`.
    static let matchStart: Unicode.Scalar = "\u{E000}"
    static let matchEnd: Unicode.Scalar = "\u{E001}"

    /// What a search found, and what to know about how the query was read.
    public struct Outcome: Sendable, Equatable {
        public var hits: [Hit]
        /// The query FTS5 was given: the query itself, or its words each in double quotes when
        /// it is not FTS5 syntax (`readAsPlainWords`).
        public var searched: String
        /// Whether the query was searched as plain words, as a note says.
        public var readAsPlainWords = false
        /// One line each, for standard error: a query read as plain words, a column filter some
        /// searched kinds do not have.
        public var notes: [String]
        /// Whose each figure of `hits` is and what it repeats, by key: read once for the titles
        /// (`withFigureSources`), and given to `figures(_:sourcing:)` for `tipdb search --json`,
        /// which read the same rows again before.
        public var sourcing: [String: SearchSourcing] = [:]
        /// The figures of `hits` that a later edition of their producer's series gave again, with
        /// that edition's figure, and what their titles say of it, by key (`laterEditions`).
        public var laterEditions: [String: LaterEdition] = [:]
        public var laterEditionTexts: [String: String] = [:]
        /// The figures of `hits` that the latest release of their bulk series no longer gives, with
        /// what their titles say of it (`not in the latest release (2024-12-11)`), by key (`releases`).
        public var releases: [String: String] = [:]
    }

    /// A column filter naming a column that no index searched has: a usage error.
    public struct ColumnError: Error, LocalizedError, Sendable {
        public let message: String
        public var errorDescription: String? { message }
    }

    let db: Database
    /// The words of the places' names, read once for a search (`placeNameWords()`).
    let placeNames = PlaceNameWordsCache()
    /// Reads a run of a query's words as a number (`27.6 million`), or nil: figures whose value
    /// rounds to it are found too (`NamedScope.number`). This module has no number parser of its
    /// own; `tipdb search` gives the ingest's, so that a number is read as a figures file's is.
    let readNumber: (String) -> SearchNumber?

    public init(db: Database, readNumber: @escaping (String) -> SearchNumber? = { _ in nil }) {
        self.db = db
        self.readNumber = readNumber
    }

    /// A figure's title in results up to its number: measure and place, each code with its name,
    /// reference period, subgroup and breakdown (`citizenship: Nationals`, as `figure_citations` words it) (`trafficking-victims (Victims of trafficking in persons
    /// (estimated)), WLD (World), 1995-2004`), over `figures f`. `withFigureNumbers` adds the
    /// number with its unit, as the reports write it (`: 2.4 million`).
    ///
    /// Why the names: a bare `NGA` or `forced-labour-private` sent the reader to the reference
    /// tables to know what was found (review W23); the codes stay, for SQL and `--place`.
    static let figureTitle = """
        f.measure || coalesce(' (' || (SELECT label FROM measures WHERE measures.code = f.measure) || ')', '') || ', '
            || f.place || coalesce(' (' || (SELECT name FROM places WHERE places.code = f.place) || ')', '') || ', '
            || \(shownPeriodText) -- // sql-constant: Search.shownPeriodText, a fixed expression
            || coalesce(' (' || nullif(ltrim(trim(CASE WHEN f.sex <> 'total' THEN f.sex || ', ' ELSE '' END
                    || CASE WHEN f.age_group <> 'total' THEN f.age_group || ', ' ELSE '' END
                    || coalesce(f.form || ', ', ''), ', ')
                || coalesce('; ' || \(breakdownText), ''), -- // sql-constant: Search.breakdownText, a fixed subquery
                '; '), '') || ')', '')
        """

    /// A figure's reference period as results write it, over `figures f`: `2019`, `1995-2004`, and
    /// `2019-01-01/2019-06-30` when not whole years.
    static let periodText = """
        CASE WHEN f.period_start = f.period_end THEN f.period_start
            WHEN length(f.period_start) = 4 AND length(f.period_end) = 4 THEN f.period_start || '-' || f.period_end
            ELSE f.period_start || '/' || f.period_end END
        """

    /// `periodText` as a result shows it: `period not stated (filed under 2014)` for a figure
    /// whose source does not state its period (`figures.period_basis` publication), whose stored
    /// period is only the year it is filed under and must not read as the one the number describes.
    static let shownPeriodText = "CASE WHEN f.period_basis = 'publication' THEN 'period not stated (filed under ' || "
        + periodText + " || ')' ELSE " + periodText + " END"

    private static let queries: [String: String] = [
        "sources": """
            SELECT 'sources' AS kind, s.key AS key, s.title AS title,
                snippet(sources_fts, -1, char(57344), char(57345), '…', \(excerptWords)) AS snippet, bm25(sources_fts) AS rank, -- // sql-constant: Search.excerptWords, a number
                s.id AS id, s.csl IS NOT NULL AS markup
            FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
            WHERE sources_fts MATCH ? ORDER BY rank, s.key LIMIT ?
            """,
        "studies": """
            SELECT 'studies' AS kind, s.key AS key, s.title AS title,
                snippet(studies_fts, -1, char(57344), char(57345), '…', \(excerptWords)) AS snippet, bm25(studies_fts) AS rank, -- // sql-constant: Search.excerptWords, a number
                s.id AS id
            FROM studies_fts JOIN studies s ON s.id = studies_fts.rowid
            WHERE studies_fts MATCH ? ORDER BY rank, s.key LIMIT ?
            """,
        "figures": """
            SELECT 'figures' AS kind, f.key AS key,
                \(figureTitle) AS title, -- // sql-constant: Search.figureTitle, a fixed expression
                snippet(figures_fts, -1, char(57344), char(57345), '…', \(excerptWords)) AS snippet, bm25(figures_fts) AS rank, -- // sql-constant: Search.excerptWords, a number
                f.id AS id
            FROM figures_fts JOIN figures f ON f.id = figures_fts.rowid
            WHERE figures_fts MATCH ? ORDER BY rank, f.key LIMIT ?
            """,
    ]

    /// The kinds searched, in this order, and their index tables.
    static let kinds = ["sources", "studies", "figures"]

    /// The best `limit` hits for `query`, over one kind or all three.
    ///
    /// A query that is not FTS5 syntax (`forced-labour`, `2.4`, `O'Brien`, `US$32`) is searched as
    /// plain words, each a phrase in double quotes, and a note says so: people type text, and FTS5
    /// users keep AND, OR, NOT, "phrases", prefix*, NEAR and column filters. A column filter applies
    /// to the indexes that have its column and matches nothing in the others, as though the column
    /// were empty there: `quote:time OR title:labour` finds figures by their quote and sources and
    /// studies by their title, and a note says which kinds lack which column.
    ///
    /// A figure that a later edition of its producer's series revised ends its title with it
    /// (`laterEditions`: `; revised by a later edition: 1,210 in UNODC 2024 (nga20-ed2024)`).
    ///
    /// Figures are also found by the names of their place and measure (`withNamedFigures`), before
    /// the text matches. A figure's title ends with its number (`withFigureNumbers`) and its source
    /// and what it repeats (`withFigureSources`). A query of plain words that finds nothing gets a
    /// note naming the words no row holds (`unmatchedWordsNote`), after one naming a place it names
    /// that no figure is for (`placeWithoutFiguresNote`).
    ///
    /// - Parameter revisedFrom: for the figures' keys shown, what each revised one's number was
    ///   revised from ("revised from 5,000"), written after its number: the brief's words, which
    ///   this module cannot write (`Report.RevisedNumbers`); none by default.
    /// - Parameter repeatFlags: for the keys of the repeats shown whose cited figure is in the
    ///   database, what lineage flags of each (`RepeatedFigure.flags`): lineage's words, which
    ///   this module cannot write (`Report.RepeatFlags`); none by default.
    /// - Throws: `ColumnError` when a column filter names a column no searched index has.
    public func run(
        _ query: String, kind: String? = nil, limit: Int = 20, revisedFrom: ([String]) throws -> [String: String] = { _ in [:] },
        repeatFlags: ([String]) throws -> [String: [String]] = { _ in [:] }
    ) throws -> Outcome {
        var outcome = try textMatches(query, kind: kind, limit: limit)
        outcome.hits = withoutEmbeddedNumbers(outcome.hits, query: query)
        if kind == nil || kind == "figures" {
            let named = try withNamedFigures(outcome.hits, query: query, limit: limit)
            outcome.hits = named.hits
            outcome.notes += named.notes
        }
        if outcome.hits.isEmpty, try holdsNothing() {
            outcome.notes.append(Self.emptyDatabaseNote)
        } else if outcome.hits.isEmpty {
            if let note = try placeWithoutFiguresNote(query, kind: kind) { outcome.notes.append(note) }
            if let note = try unmatchedWordsNote(query, kind: kind) { outcome.notes.append(note) }
        }
        outcome.hits = try withFigureNumbers(outcome.hits, revisedFrom: revisedFrom)
        outcome.sourcing = try sourcing(outcome.hits.filter { $0.kind == "figures" }.map(\.key))
        let repeating = outcome.sourcing.filter { $0.value.repeats?.source != nil }.keys.sorted()
        for (key, flags) in try repeatFlags(repeating) where !flags.isEmpty {
            outcome.sourcing[key]?.repeats?.flags = flags
        }
        outcome.hits = withFigureSources(outcome.hits, outcome.sourcing)
        (outcome.laterEditions, outcome.laterEditionTexts) = try laterEditions(outcome.hits)
        outcome.hits = Self.withLaterEditions(outcome.hits, outcome.laterEditionTexts)
        outcome.releases = try releases(outcome.hits)
        outcome.hits = Self.withLaterEditions(outcome.hits, outcome.releases)
        return outcome
    }

    /// The best `limit` hits for `query` in the indexed text, over one kind or all three (`run`).
    func textMatches(_ query: String, kind: String?, limit: Int) throws -> Outcome {
        let kinds = Self.kinds.filter { kind == nil || kind == $0 }
        // Punctuation and symbols alone (`、`, an emoji) are no word: nothing matches, and a note says why.
        guard query.contains(where: { $0.isLetter || $0.isNumber }) else {
            return Outcome(hits: [], searched: query, notes: ["the query holds no letter or digit, and search matches words: nothing to find"])
        }
        let parsed = SearchQuery(query)
        guard parsed.tokens != nil else { return try plainWords(query, because: parsed.lexicalProblem ?? "", kinds, limit) }
        let columns = try indexColumns()
        var notes: [String] = []
        var checked: Set<String> = []
        for filter in parsed.columnFilters {
            for name in filter.names where checked.insert(name.lowercased()).inserted {
                let has = { (table: String) in columns[table, default: []].contains { $0.lowercased() == name.lowercased() } }
                let lacking = kinds.filter { !has($0) }
                if lacking.count == kinds.count {
                    throw ColumnError(message: Self.unknownColumn(name, written: parsed.written(filter), searched: kinds, columns: columns))
                }
                if !lacking.isEmpty { notes.append("\(EnglishList.joined(lacking)) have no \(name) column; it counts as empty for them") }
            }
        }
        do {
            if parsed.hasUnspacedWord {
                let expression: SearchExpression
                do {
                    expression = try SearchExpressionParser.parse(parsed)
                } catch {
                    return try plainWords(query, because: error.reason, kinds, limit)
                }
                let hits = try kinds.flatMap { kind in
                    let glued = try gluedWords(kind, for: query)
                    return try searchUnspaced(kind, expression.mappingFTS { Self.widened($0, glued, &notes) }, columns: columns[kind, default: []], limit: limit)
                }
                return Outcome(hits: Self.best(hits, limit), searched: query, notes: notes)
            }
            let hits = try kinds.flatMap { kind in
                let widened = SearchQuery(Self.widened(query, try gluedWords(kind, for: query), &notes))
                return try search(kind, widened.rewritten(for: columns[kind, default: []]), limit: limit)
            }
            return Outcome(hits: Self.best(hits, limit), searched: query, notes: notes)
        } catch let error as StorageError where error.resultCode == 1 {
            // The SQL is fixed and known to be valid: an SQLITE_ERROR here comes from the MATCH expression.
            var reason = error.message
            // "labour -forced" means NOT forced to a person, and "-forced" a column to leave out to FTS5.
            let prefix = "no such column: "
            if reason.hasPrefix(prefix), query.contains("-" + reason.dropFirst(prefix.count)) {
                reason = "in FTS5, - before a name leaves out a column; NOT leaves out a word"
            }
            return try plainWords(query, because: reason, kinds, limit)
        }
    }

    /// `query` searched as plain words, with a note saying so and why.
    private func plainWords(_ query: String, because reason: String, _ kinds: [String], _ limit: Int) throws -> Outcome {
        let words = SearchQuery.plainWords(query)
        guard !words.isEmpty else { return Outcome(hits: [], searched: words, readAsPlainWords: true, notes: []) }
        let hits: [Hit]
        var notes: [String] = []
        // Punctuation separates words, as FTS5's tokenizer treats it in the other words: `(人身` is
        // the word 人身, which is then matched inside the text like any unspaced word.
        let separated = query.split(whereSeparator: { (character: Character) in !(character.isLetter || character.isNumber) })
        let quoted = SearchQuery(SearchQuery.plainWords(separated.joined(separator: " ")))
        if quoted.hasUnspacedWord, let expression = try? SearchExpressionParser.parse(quoted) {
            let columns = try indexColumns()
            hits = try kinds.flatMap { kind in
                let glued = try gluedWords(kind, for: query)
                return try searchUnspaced(kind, expression.mappingFTS { Self.widened($0, glued, &notes) }, columns: columns[kind, default: []], limit: limit)
            }
        } else {
            hits = try kinds.flatMap { try search($0, Self.widened(words, try gluedWords($0, for: query), &notes), limit: limit) }
        }
        // A number written with a decimal point or thousands separators (`2.4 million`, `2,400,000`)
        // is searched as one, not as FTS5 syntax gone wrong: the note would tell the user of
        // nothing they can act on (review of session 49).
        let punctuated = query.split(whereSeparator: \.isWhitespace).filter { !$0.allSatisfy { $0.isLetter || $0.isNumber } }
        let onlyNumbers = !punctuated.isEmpty && punctuated.allSatisfy { Self.numberRun(in: Array($0), around: nil) == String($0) }
        return Outcome(
            hits: Self.best(hits, limit), searched: words, readAsPlainWords: true,
            notes: (onlyNumbers ? [] : ["read as plain words, \(words), since the query is not FTS5 syntax (\(reason))"]) + notes)
    }

    /// The words of `kind`'s index with Latin letters or digits written against unspaced text, when
    /// `query` has a letter or digit that is not of an unspaced script (else none, unread).
    private func gluedWords(_ kind: String, for query: String) throws -> GluedWords {
        let widenable = query.unicodeScalars.contains { ($0.properties.isAlphabetic || $0.properties.numericType != nil) && !UnspacedScript.contains($0) }
        return widenable ? try GluedWords(db: db, index: kind + "_fts") : GluedWords()
    }

    /// How many index words one query word is widened by at most: FTS5's OR and bm25 take time in
    /// proportion to the words (1,000 of them: 0.1 s over 5,000 figures; 4,000: 0.6 s).
    static let maximumGluedWords = 500

    /// FTS5 query `text` with each word that `glued` holds written against unspaced text also
    /// searched as those index words (`SearchQuery.widened`): `2019` finds `2019年の被害者`. A word
    /// held by more than `maximumGluedWords` is widened by those in the most rows, and `notes`
    /// says so.
    private static func widened(_ text: String, _ glued: GluedWords, _ notes: inout [String]) -> String {
        SearchQuery(text).widened { word, prefix in
            let found = glued.words(holding: word, prefix: prefix)
            if found.count > maximumGluedWords {
                let note = "\(word)\(prefix ? "*" : "") is written against Chinese, Japanese or other unspaced text in \(found.count) different words; "
                    + "the \(maximumGluedWords) in the most rows were searched (add a word of that text to narrow the search)"
                if !notes.contains(note) { notes.append(note) }
            }
            return Array(found.prefix(maximumGluedWords))
        }
    }

    /// Each index's columns, in order, by kind.
    private func indexColumns() throws -> [String: [String]] {
        var columns: [String: [String]] = [:]
        for table in Self.kinds {
            columns[table] = try db.rows("SELECT name FROM pragma_table_info(?1) ORDER BY cid", [table + "_fts"])
                .compactMap { $0.string("name") }
        }
        return columns
    }

    /// The hits of one index for an FTS5 query, each excerpt with its matched phrases whole
    /// (`wholePhrases`).
    private func search(_ table: String, _ match: String, limit: Int) throws -> [Hit] {
        guard let sql = Self.queries[table] else { return [] }
        return try db.rows(sql, [match, limit]).map { row in
            var marked = row.string("snippet") ?? ""
            if Self.matchCutAtEnd(marked) != nil, let id = row.int("id") {
                marked = try wholeExcerpt(table + "_fts", match: match, rowid: id, read: marked) ?? marked
            }
            return Hit(kind: table, key: row.string("key") ?? "", title: row.string("title") ?? "", marked: marked, rank: row.double("rank") ?? 0,
                       markup: row.int("markup") == 1)
        }
    }

    /// The best `limit` hits of all the indexes searched: by rank, then kind and key, so no two tie.
    private static func best(_ hits: [Hit], _ limit: Int) -> [Hit] {
        Array(hits.sorted { ($0.rank, $0.kind, $0.key) < ($1.rank, $1.kind, $1.key) }.prefix(limit))
    }

    /// Which index has which columns, for a filter on a column that none of those searched has.
    private static func unknownColumn(_ name: String, written: String, searched: [String], columns: [String: [String]]) -> String {
        let others = kinds.filter { !searched.contains($0) && columns[$0, default: []].contains { $0.lowercased() == name.lowercased() } }
        let phrase = "\"" + written.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let instead = "to search for the words instead, put them in double quotes: '\(phrase)'"
        guard others.isEmpty else {
            let own = searched.flatMap { columns[$0, default: []] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return "\(EnglishList.joined(searched)) have no \(name) column, only \(EnglishList.joined(own)) (\(EnglishList.joined(others)) have \(name): "
                + "leave out --kind to search them too); \(instead)"
        }
        let listing = kinds.map { "\($0) have \(EnglishList.joined(columns[$0, default: []]))" }.joined(separator: "; ")
        return "no search index has a column named \(name): \(listing) (\(instead))"
    }
}
