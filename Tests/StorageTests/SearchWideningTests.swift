import Testing

@testable import Storage

@Suite("Latin words and digits written against unspaced text: the query widened by the index's words")
struct SearchWideningTests {
    /// The index words a test vocabulary holds for each word, by the word as written in the query.
    private func widen(_ query: String, _ words: [String: [String]]) -> String {
        SearchQuery(query).widened { word, prefix in words[word + (prefix ? "*" : "")] ?? [] }
    }

    private let glued = ["2019": ["2019年の被害者"], "ILO": ["ｉｌｏ報告"], "201*": ["2019年の被害者"]]

    @Test("a word becomes itself OR the index words that hold it, in its place in the query", arguments: [
        ("2019", "(2019 OR \"2019年の被害者\")"),
        ("quote:2019", "quote:(2019 OR \"2019年の被害者\")"),
        ("people 2019 NOT x", "people (2019 OR \"2019年の被害者\") NOT x"),
        ("^2019", "(^2019 OR ^\"2019年の被害者\")"),
        ("201*", "(201* OR \"2019年の被害者\")"),
        ("\"2019\" OR ILO", "(\"2019\" OR \"2019年の被害者\") OR (ILO OR \"ｉｌｏ報告\")"),
        ("\"(2019\"", "(\"(2019\" OR \"2019年の被害者\")"),
        // Left as written: column names, NEAR's phrases, the parts of a phrase joined by +, several words in quotes.
        ("ILO:x", "ILO:x"),
        ("{ILO notes}:x", "{ILO notes}:x"),
        ("NEAR(2019 ILO, 3)", "NEAR(2019 ILO, 3)"),
        ("2019 + ILO", "2019 + ILO"),
        ("\"ILO 2019\"", "\"ILO 2019\""),
    ])
    func widened(query: String, expected: String) {
        #expect(widen(query, glued) == expected)
    }

    @Test("a query none of whose words the index holds against unspaced text is returned byte for byte", arguments: [
        "people", "forced labour", "\"forced labour\" OR title:labour*", "labour NOT marriage", "-{title notes}:x", "^Method  AND  x",
    ])
    func unchanged(query: String) {
        #expect(widen(query, [:]) == query)
        #expect(widen(query, glued) == query)
    }

    @Test("the vocabulary is read by runs outside unspaced scripts, full-width forms as the letters they stand for")
    func vocabulary() throws {
        let db = try Database.inMemory()
        try db.execute("CREATE VIRTUAL TABLE t_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
        for text in ["日本の人身取引 2019年の被害者", "ＩＬＯ報告によると", "被害者2019年", "ILO report 2019", "philo哲学", "２０２０年"] {
            try db.execute("INSERT INTO t_fts(body) VALUES (?)", [text])
        }
        let words = try GluedWords(db: db, index: "t_fts")
        #expect(words.words(holding: "2019", prefix: false) == ["2019年の被害者", "被害者2019年"])
        #expect(words.words(holding: "ILO", prefix: false) == ["ｉｌｏ報告によると"])
        #expect(words.words(holding: "ｉｌｏ", prefix: false) == ["ｉｌｏ報告によると"])
        #expect(words.words(holding: "2020", prefix: false) == ["２０２０年"])
        #expect(words.words(holding: "202", prefix: true) == ["２０２０年"])
        // A run is a whole word: "ilo" is not in "philo".
        #expect(words.words(holding: "hilo", prefix: false).isEmpty)
        #expect(words.words(holding: "report", prefix: false).isEmpty)
    }

    @Test("a part repeated in one AND or OR is kept once", arguments: [
        ("人身 人身 人身", "«人身»"),
        ("人身 OR 人身", "«人身»"),
        ("人身 x 人身 x", "AND(«人身», x)"),
        ("(人身 人身) OR 日本", "OR(«人身», «日本»)"),
        ("人身 NOT 日本 日本", "AND(NOT(«人身», «日本»), «日本»)"),
        ("title:人身 人身", "AND(title:«人身», «人身»)"),
    ])
    func deduplicated(query: String, expected: String) throws {
        #expect(describe(try SearchExpressionParser.parse(SearchQuery(query)).deduplicated) == expected)
    }

    private func describe(_ expression: SearchExpression) -> String {
        switch expression {
        case .fts(let text): return text
        case .sequence(let s): return s.scopes.map { $0.text + ":" }.joined() + (s.initial ? "^" : "") + "«" + s.text + "»"
        case .and(let parts): return "AND(" + parts.map(describe).joined(separator: ", ") + ")"
        case .or(let parts): return "OR(" + parts.map(describe).joined(separator: ", ") + ")"
        case .not(let left, let right): return "NOT(" + describe(left) + ", " + describe(right) + ")"
        }
    }
}
