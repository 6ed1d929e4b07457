import Foundation

/// Ranked full-text search over the `*_fts` indexes.
public struct Search {
    public struct Hit: Sendable, Equatable, Codable {
        /// `sources`, `studies` or `figures`.
        public var kind: String
        public var key: String
        public var title: String
        /// The matching text with the matched words in [brackets].
        public var snippet: String
        public var rank: Double
    }

    /// A query FTS5 cannot parse.
    public struct SyntaxError: Error, LocalizedError, Sendable {
        public let query: String
        public let detail: String
        public var errorDescription: String? {
            "search query \"\(query)\" is not valid FTS5 syntax (\(detail)); put words in double quotes to search for them literally"
        }
    }

    let db: Database

    public init(db: Database) {
        self.db = db
    }

    private static let queries: [String: String] = [
        "sources": """
            SELECT 'sources' AS kind, s.key AS key, s.title AS title,
                snippet(sources_fts, -1, '[', ']', '…', 12) AS snippet, bm25(sources_fts) AS rank
            FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
            WHERE sources_fts MATCH ? ORDER BY rank, s.key LIMIT ?
            """,
        "studies": """
            SELECT 'studies' AS kind, s.key AS key, s.title AS title,
                snippet(studies_fts, -1, '[', ']', '…', 12) AS snippet, bm25(studies_fts) AS rank
            FROM studies_fts JOIN studies s ON s.id = studies_fts.rowid
            WHERE studies_fts MATCH ? ORDER BY rank, s.key LIMIT ?
            """,
        "figures": """
            SELECT 'figures' AS kind, f.key AS key,
                f.measure || ' ' || f.place || ' '
                    || CASE WHEN f.period_start = f.period_end THEN f.period_start
                        WHEN length(f.period_start) = 4 AND length(f.period_end) = 4 THEN f.period_start || '-' || f.period_end
                        ELSE f.period_start || '/' || f.period_end END
                    || CASE WHEN f.sex <> 'total' OR f.age_group <> 'total' OR f.form IS NOT NULL
                        THEN ' (' || trim(CASE WHEN f.sex <> 'total' THEN f.sex || ', ' ELSE '' END
                            || CASE WHEN f.age_group <> 'total' THEN f.age_group || ', ' ELSE '' END
                            || coalesce(f.form || ', ', ''), ', ') || ')'
                        ELSE '' END
                    || ': ' || CASE
                        WHEN f.censored = 1 THEN '<' || printf('%,d', f.high + 1)
                        WHEN f.value = round(f.value) AND abs(f.value) < 1e15 THEN printf('%,d', f.value)
                        ELSE printf('%!.15g', f.value)
                    END || ' ' || f.unit AS title,
                snippet(figures_fts, -1, '[', ']', '…', 12) AS snippet, bm25(figures_fts) AS rank
            FROM figures_fts JOIN figures f ON f.id = figures_fts.rowid
            WHERE figures_fts MATCH ? ORDER BY rank, f.key LIMIT ?
            """,
    ]

    /// The best `limit` hits for `query`, over one kind or all three.
    ///
    /// Over all three, a column filter only some indexes have (`title:labour`: sources and
    /// studies, not figures) searches those and skips the others; it is an error only when no
    /// index can take the query.
    public func run(_ query: String, kind: String? = nil, limit: Int = 20) throws -> [Hit] {
        var hits: [Hit] = []
        var refusals: [SyntaxError] = []
        let tables: [String] = ["sources", "studies", "figures"].filter { (table: String) in kind == nil || kind == table }
        for table in tables {
            guard let sql = Self.queries[table] else { continue }
            do {
                for row in try db.rows(sql, [query, limit]) {
                    hits.append(Hit(
                        kind: table, key: row.string("key") ?? "", title: row.string("title") ?? "",
                        snippet: row.string("snippet") ?? "", rank: row.double("rank") ?? 0))
                }
            } catch let error as StorageError where error.resultCode == 1 {
                // The SQL is fixed and known to be valid: an SQLITE_ERROR here comes from the MATCH expression.
                let refusal = SyntaxError(query: query, detail: error.message)
                guard tables.count > 1, error.message.hasPrefix("no such column") else { throw refusal }
                refusals.append(refusal)
            }
        }
        if refusals.count == tables.count, let first = refusals.first { throw first }
        return Array(hits.sorted { ($0.rank, $0.kind, $0.key) < ($1.rank, $1.kind, $1.key) }.prefix(limit))
    }
}
