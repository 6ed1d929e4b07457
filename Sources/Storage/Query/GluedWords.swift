import Foundation

/// The words of one search index in which Latin letters or digits are written against text of an
/// unspaced script (`2019年の被害者`, `ＩＬＯ報告`), found by the Latin or digit runs they hold.
///
/// Why: FTS5's `unicode61` tokenizer indexes `日本の人身取引 2019年の被害者` as two words, the second
/// `2019年の被害者`, so `tipdb search 2019` or `ILO` found nothing in Chinese or Japanese text, which
/// writes years, numbers and acronyms (full-width ones too) against the characters as a rule. The
/// index's own vocabulary (FTS5's `fts5vocab`, a temporary table: nothing is written to the file)
/// lists such words, so a query word equal to one of their runs can be searched as itself OR those
/// words, still through the index: rows rank by bm25 as before, and an index whose text has no
/// such word gives the query back unchanged, so Latin text is searched exactly as it was.
struct GluedWords {
    /// An index word and the number of rows that hold it.
    private struct Word {
        var term: String
        var rows: Int64
    }

    /// Each run, as `folded` writes it, and the index words holding it, in the index's order.
    private var byRun: [String: [Word]] = [:]

    /// None: for a query with no word to widen, whose search need not read the vocabulary.
    init() {}

    /// Reads the vocabulary of `index` (`figures_fts`, one of `Search.kinds` with `_fts`).
    init(db: Database, index: String) throws {
        let vocabulary = "temp." + index + "_vocabulary"
        try db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS \(vocabulary) USING fts5vocab(main, \(index), row)")  // sql-constant: an index name of Search.kinds
        // Only words with a character beyond ASCII can hold an unspaced or full-width one.
        let rows = try db.rows("SELECT term, doc FROM \(vocabulary) WHERE term GLOB '*[^ -~]*'")  // sql-constant: as above
        for row in rows {
            guard let term = row.string("term"), term.unicodeScalars.contains(where: Self.isGlueing) else { continue }
            for run in Self.runs(of: term) {
                // The tokenizer wrote the word in lower case: an ASCII run is its own key.
                let key = run.allSatisfy(\.isASCII) ? String(run) : Self.folded(String(run))
                // A word that is the run itself is one FTS5 finds already.
                guard !key.isEmpty, key != term else { continue }
                byRun[key, default: []].append(Word(term: term, rows: row.int("doc") ?? 0))
            }
        }
    }

    /// The index words holding `word` as one of their runs (or, for a prefix query, a run that starts
    /// with it), to search for besides the word itself: those in the most rows first.
    func words(holding word: String, prefix: Bool) -> [String] {
        let key = Self.folded(word)
        guard !key.isEmpty else { return [] }
        var found = prefix ? byRun.filter { $0.key.hasPrefix(key) }.values.flatMap { $0 } : byRun[key] ?? []
        found.sort { ($1.rows, $0.term) < ($0.rows, $1.term) }
        var seen = Set<String>()
        return found.map(\.term).filter { seen.insert($0).inserted }
    }

    /// A character that makes a word glued text: one of an unspaced script, or a full-width Latin
    /// letter, digit or sign (`ＩＬＯ`, `２０１９`), which Chinese and Japanese text uses.
    private static func isGlueing(_ scalar: Unicode.Scalar) -> Bool {
        UnspacedScript.contains(scalar) || (0xFF01...0xFF5E).contains(scalar.value)
    }

    /// The runs of `term` outside unspaced scripts: `2019` of `2019年の被害者`, `ｉｌｏ` of `ｉｌｏ報告`.
    private static func runs(of term: String) -> [Substring.UnicodeScalarView] {
        // By scalar, not by character: a vocabulary holds thousands of such words, read at every search.
        term.unicodeScalars.split(whereSeparator: UnspacedScript.contains)
    }

    /// `text` as the tokenizer folds it (lower case, no diacritics), with compatibility forms
    /// (full-width `ＩＬＯ`, `２０１９`) read as the characters they stand for.
    static func folded(_ text: some StringProtocol) -> String {
        String(text).precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
