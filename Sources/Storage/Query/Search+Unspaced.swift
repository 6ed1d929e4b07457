import Foundation

extension Search {
    /// Each kind's indexed text: the content its FTS5 index is declared over (m0005, m0011).
    private static let contents = ["sources": "sources", "studies": "studies", "figures": "figures_searchable"]

    /// Bm25's constants as FTS5 sets them, for ranking rows found by a character sequence.
    private static let saturation = 1.2
    private static let lengthWeight = 0.75

    /// The hits of one kind for a query with words in unspaced scripts.
    ///
    /// Why this way: such a word is looked for with `instr` in the index's own content (the view
    /// `figures_searchable` for figures), so a word inside a longer run of text is found, a
    /// two-character word (`人身`) too, and the database file needs no custom tokenizer to open in
    /// the `sqlite3` shell or Datasette. Nothing is added to the indexes, so ingest costs the same;
    /// a search reads the indexed text (0.4 s for `人身` over 300,000 figures, 88,000 with text).
    /// The rest of the query is FTS5's, each part as its own `MATCH`, combined by AND, OR and NOT.
    ///
    /// Ranking: bm25 of the query's FTS5 words, if any, plus (less, as bm25 counts) a bm25-like score for each sequence:
    /// its occurrences in the row, saturating, against the row's length relative to the average,
    /// so that a short title that is mostly the word comes before a long note that mentions it once.
    func searchUnspaced(_ table: String, _ expression: SearchExpression, columns: [String], limit: Int) throws -> [Hit] {
        guard let content = Self.contents[table] else { return [] }
        let fts = table + "_fts"
        let positive = expression.positive
        let ranked = positive.compactMap { part -> String? in
            guard case .fts(let text) = part else { return nil }
            return "(" + SearchQuery(text).rewritten(for: columns) + ")"
        }.joined(separator: " OR ")
        var rankArguments: [any DatabaseValueConvertible] = []
        var rank = "0"
        let length = columns.map { "length(coalesce(c.\(Self.identifier($0)), ''))" }.joined(separator: " + ")  // sql-constant: index column names
        let average = columns.map { "length(coalesce(a.\(Self.identifier($0)), ''))" }.joined(separator: " + ")  // sql-constant: index column names
        // A sequence repeated in the query is scored once and weighed by its repetitions: the
        // score of `人身 人身` as before, for one pass over the text instead of two.
        var repeats: [(sequence: SearchExpression.Sequence, count: Int)] = []
        for case .sequence(let sequence) in positive {
            if let index = repeats.firstIndex(where: { $0.sequence == sequence }) {
                repeats[index].count += 1
            } else {
                repeats.append((sequence, 1))
            }
        }
        for (sequence, repeated) in repeats {
            let kept = Self.columns(of: sequence, in: columns)
            guard !kept.isEmpty else { continue }
            // Occurrences: how much shorter the text gets without the sequence, over its length.
            let count = kept.map { column -> String in
                let name = "coalesce(c.\(Self.identifier(column)), '')"  // sql-constant: an index column name
                return "(length(\(name)) - length(replace(\(name), ?, '')))"
            }.joined(separator: " + ")
            let frequency = "((\(count)) * 1.0 / length(?))"
            let bound = Array(repeating: sequence.text, count: kept.count + 1)
            rankArguments += bound + bound  // the frequency is written twice
            let weight = repeated == 1 ? "" : "\(repeated) * "
            rank += " - \(weight)\(frequency) * \(Self.saturation + 1) / (\(frequency) + \(Self.saturation) * (\(1 - Self.lengthWeight) + \(Self.lengthWeight) * (\(length)) / avglen.value))"
        }
        var whereArguments: [any DatabaseValueConvertible] = []
        let condition = Self.condition(expression.deduplicated, fts, columns, &whereArguments)
        let title = table == "figures" ? Self.figureTitle : "f.title"
        // A source from a CSL-JSON record has CSL markup in its title (`Hit`).
        let markup = table == "sources" ? "f.csl IS NOT NULL" : "0"
        let record = table == "figures" ? "figures" : table
        let selected = columns.enumerated().map { "c.\(Self.identifier($0.element)) AS c\($0.offset)" }.joined(separator: ", ")  // sql-constant: index column names
        // Each row's score is summed from two lists, the rows found and bm25's scores of the FTS5
        // words, by GROUP BY: joining the bm25 list to the rows instead was planned as a scan of it
        // per row (a minute over 300,000 figures).
        let scores = ranked.isEmpty ? "" : "UNION ALL SELECT rowid, bm25(\(fts)), 0 FROM \(fts) WHERE \(fts) MATCH ?"  // sql-constant: an index name of Search.kinds
        let sql = """
            SELECT f.key AS key, \(title) AS title, \(markup) AS markup, c.id AS id, \(selected), m.rank AS rank -- // sql-constant: fixed expressions and column names
            FROM (
                SELECT id, sum(score) AS rank FROM (
                    SELECT c.id AS id, \(rank) AS score, 1 AS found -- // sql-constant: built above, values bound
                    FROM \(content) c -- // sql-constant: a table or view name of Search.contents
                    CROSS JOIN (SELECT max(coalesce(avg(\(average)), 1), 1) AS value FROM \(content) a) avglen -- // sql-constant: as above
                    WHERE \(condition) -- // sql-constant: built by condition(), values bound
                    \(scores) -- // sql-constant: as above
                ) GROUP BY id HAVING max(found) = 1
            ) m JOIN \(content) c ON c.id = m.id JOIN \(record) f ON f.id = m.id -- // sql-constant: table names of Search.kinds
            ORDER BY m.rank, f.key LIMIT ?
            """
        let arguments: [any DatabaseValueConvertible] = rankArguments + whereArguments + (ranked.isEmpty ? [] : [ranked]) + [limit]
        return try db.rows(sql, arguments).map { row in
            let texts = columns.indices.map { row.string("c\($0)") }
            var snippet = Self.excerpt(texts, columns: columns, positive)
            if snippet == nil, !ranked.isEmpty, let id = row.int("id") {
                snippet = try wholeExcerpt(fts, match: ranked, rowid: id)
            }
            return Hit(kind: table, key: row.string("key") ?? "", title: row.string("title") ?? "",
                       marked: snippet ?? "", rank: row.double("rank") ?? 0, markup: row.int("markup") == 1)
        }
    }

    /// The SQL condition for `expression` over the content row `c`, its values appended to `arguments`.
    private static func condition(
        _ expression: SearchExpression, _ fts: String, _ columns: [String], _ arguments: inout [any DatabaseValueConvertible]
    ) -> String {
        switch expression {
        case .fts(let text):
            arguments.append(SearchQuery(text).rewritten(for: columns))
            return "c.id IN (SELECT rowid FROM \(fts) WHERE \(fts) MATCH ?)"  // sql-constant: an index name of Search.kinds
        case .sequence(let sequence):
            let kept = Self.columns(of: sequence, in: columns)
            // A column filter that leaves no column of this index: the column counts as empty.
            guard !kept.isEmpty else { return "0" }
            return "(" + kept.map { column in
                arguments.append(sequence.text)
                return "instr(coalesce(c.\(identifier(column)), ''), ?) " + (sequence.initial ? "= 1" : "> 0")  // sql-constant: an index column name
            }.joined(separator: " OR ") + ")"
        case .and(let parts):
            return "(" + parts.map { condition($0, fts, columns, &arguments) }.joined(separator: " AND ") + ")"
        case .or(let parts):
            return "(" + parts.map { condition($0, fts, columns, &arguments) }.joined(separator: " OR ") + ")"
        case .not(let left, let right):
            let kept = condition(left, fts, columns, &arguments)
            return "(" + kept + " AND NOT " + condition(right, fts, columns, &arguments) + ")"
        }
    }

    /// The columns of an index that a sequence's column filters leave, in the index's order.
    static func columns(of sequence: SearchExpression.Sequence, in columns: [String]) -> [String] {
        var kept = columns
        for scope in sequence.scopes {
            let named = Set(scope.names.map { $0.lowercased() })
            kept = kept.filter { named.contains($0.lowercased()) != scope.excludes }
        }
        return kept
    }

    /// A column name as an SQL identifier.
    private static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The excerpt for a row found by sequences: in the first column holding one, about 48
    /// characters from a little before the first, each occurrence marked (`Search.matchStart`,
    /// `matchEnd`) as FTS5's `snippet` marks words; nil when no sequence occurs (the row matched by FTS5 words alone).
    static func excerpt(_ texts: [String?], columns: [String], _ positive: [SearchExpression]) -> String? {
        for (column, text) in zip(columns, texts) {
            guard let text else { continue }
            let sequences = positive.compactMap { part -> String? in
                guard case .sequence(let sequence) = part, Self.columns(of: sequence, in: [column]).count == 1 else { return nil }
                return sequence.text
            }
            if let found = excerpt(text, around: sequences) { return found }
        }
        return nil
    }

    /// `text` around the first of `sequences`, each occurrence marked as a match.
    static func excerpt(_ text: String, around sequences: [String]) -> String? {
        let ordered = sequences.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        let found = ordered.compactMap { text.range(of: $0, options: .literal) }
        guard let first = found.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let start = text.index(first.lowerBound, offsetBy: -16, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(start, offsetBy: 48, limitedBy: text.endIndex) ?? text.endIndex
        let window = text[start..<max(end, first.upperBound)]
        var marked = ""
        var index = window.startIndex
        while index < window.endIndex {
            if let sequence = ordered.first(where: { window[index...].hasPrefix($0) }) {
                let after = window.index(index, offsetBy: sequence.count)
                marked += String(Search.matchStart) + window[index..<after] + String(Search.matchEnd)
                index = after
            } else {
                marked.append(window[index])
                index = window.index(after: index)
            }
        }
        return (start > text.startIndex ? "…" : "") + marked + (window.endIndex < text.endIndex ? "…" : "")
    }
}
