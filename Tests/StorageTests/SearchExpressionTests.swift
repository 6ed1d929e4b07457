import Testing

@testable import Storage

@Suite("A query with words in unspaced scripts, read as FTS5's structure")
struct SearchExpressionTests {
    /// The expression written out: FTS5 text as is, a sequence in «», scopes before it.
    private func describe(_ expression: SearchExpression) -> String {
        switch expression {
        case .fts(let text): return text
        case .sequence(let s): return s.scopes.map { $0.text + ":" }.joined() + (s.initial ? "^" : "") + "«" + s.text + "»"
        case .and(let parts): return "AND(" + parts.map(describe).joined(separator: ", ") + ")"
        case .or(let parts): return "OR(" + parts.map(describe).joined(separator: ", ") + ")"
        case .not(let left, let right): return "NOT(" + describe(left) + ", " + describe(right) + ")"
        }
    }

    private func parse(_ query: String) throws -> String {
        describe(try SearchExpressionParser.parse(SearchQuery(query)))
    }

    @Test("NOT binds tighter than AND, AND than OR; parts without such a word stay whole FTS5 text", arguments: [
        ("人身取引", "«人身取引»"),
        ("人身取引 2019", "AND(«人身取引», 2019)"),
        ("a OR 人身 b", "OR(a, AND(«人身», b))"),
        ("人身 NOT 警察 OR x", "OR(NOT(«人身», «警察»), x)"),
        ("(a OR b) 人身", "AND((a OR b), «人身»)"),
        ("NEAR(a b, 3) 人身", "AND(NEAR(a b, 3), «人身»)"),
        ("NEAR(a 人身)", "AND(a, «人身»)"),
        ("title:(人身 OR labour*)", "OR(title:«人身», title:(labour*))"),
        ("-{title notes}:人身", "-{title notes}:«人身»"),
        ("^日本 \"人身 取引\"", "AND(^«日本», «人身 取引»)"),
        ("日本、人身取引", "AND(«日本», «人身取引»)"),
        ("ILO、人身", "AND(\"ILO\", «人身»)"),
        ("人身*", "«人身»"),
        ("NEAR(人身 日本, 5)", "AND(«人身», «日本»)"),
        ("\"forced labour\" + 人身", "AND(\"forced labour\", «人身»)"),
    ])
    func structure(query: String, expected: String) throws {
        #expect(try parse(query) == expected)
    }

    /// Why the query could not be read, or nil when it could.
    private func problem(_ query: String) -> String? {
        do {
            _ = try SearchExpressionParser.parse(SearchQuery(query))
            return nil
        } catch {
            return error.reason
        }
    }

    @Test("a query that is not FTS5 syntax says why, for the note that it was searched as plain words")
    func problems() {
        #expect(problem("labour -forced 人身") == "in FTS5, - before a name leaves out a column; NOT leaves out a word")
        #expect(problem("(人身 OR a") == "a parenthesis is not closed")
        #expect(problem("人身 OR") == "the query ends where a word was expected")
        #expect(problem("人身 )") == "unexpected \")\"")
    }

    @Test("the excerpt is the text around the first occurrence, each occurrence marked (in brackets for people), cut ends marked")
    func excerpt() throws {
        /// The excerpt as a hit shows it: in brackets, as the text output prints it.
        func bracketed(_ text: String, _ sequences: [String]) -> String? {
            Search.excerpt(text, around: sequences).map { Search.Hit(kind: "figures", key: "k", title: "t", marked: $0, rank: 0).snippet }
        }
        #expect(bracketed("日本の人身取引 2019", ["人身"]) == "日本の[人身]取引 2019")
        let long = String(repeating: "あ", count: 30) + "人身取引" + String(repeating: "い", count: 60) + "人身取引"
        #expect(bracketed(long, ["人身取引", "人身"]) == "…" + String(repeating: "あ", count: 16) + "[人身取引]" + String(repeating: "い", count: 28) + "…")
        #expect(Search.excerpt("no match here", around: ["人身"]) == nil)
        // As data: the text without marks, and the match by code point offsets, brackets in the text kept as text.
        let marked = try #require(Search.excerpt("[sic] 日本の人身取引", around: ["人身"]))
        #expect(SearchExcerpt(marked: marked) == SearchExcerpt(text: "[sic] 日本の人身取引", matches: [9..<11]))
    }

    @Test("scripts written without spaces are told from spaced ones", arguments: [
        ("人身取引", true), ("ひらがな", true), ("カタカナ", true), ("การค้ามนุษย์", true), ("인신매매", true),
        ("ລາວ", true), ("ខ្មែរ", true), ("မြန်မာ", true), ("forced labour", false), ("Zwangsarbeit Österreich", false),
        ("торговля людьми", false), ("الاتجار بالبشر", false),
    ])
    func scripts(text: String, unspaced: Bool) {
        #expect(UnspacedScript.occurs(in: text) == unspaced)
    }
}
