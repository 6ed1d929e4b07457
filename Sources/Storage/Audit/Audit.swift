/// The audit a research lead runs before a brief goes out: storage integrity and research
/// integrity, each problem naming the rows concerned.
///
/// Errors mean the database or its lineage cannot be trusted as it is; warnings mean a brief
/// built on it would cite numbers with less support than it could.
public struct Audit {
    let db: Database

    public init(db: Database) {
        self.db = db
    }

    /// Runs every check, errors first.
    public func run() throws -> [Finding] {
        var findings: [Finding] = []
        findings += try storage()
        findings += try lineage()
        findings += try subgroupsAboveTotals()
        findings += try bounds()
        findings += try units()
        findings += try missingEvidence()
        findings += try sourcesWithoutAccess()
        return findings.sorted { ($0.severity, $0.check) < ($1.severity, $1.check) }
    }

    private func keys(_ sql: String) throws -> [String] {
        try db.rows(sql).compactMap { $0.values.first?.textValue }
    }

    private func storage() throws -> [Finding] {
        var findings: [Finding] = []
        let integrity = try db.rows("PRAGMA integrity_check").compactMap { $0.values.first?.textValue }
        if integrity != ["ok"] {
            findings.append(Finding(severity: .error, check: "integrity", message: "PRAGMA integrity_check reports damage; restore from a backup (tipdb backup) or recover with the sqlite3 shell's .recover", rows: integrity))
        }
        let violations = try db.rows("PRAGMA foreign_key_check").map { row in
            "\(row.string("table") ?? "?") row \(row.string("rowid") ?? "?") → \(row.string("parent") ?? "?")"
        }
        if !violations.isEmpty {
            findings.append(Finding(severity: .error, check: "foreign-keys", message: "rows refer to rows that do not exist", rows: violations))
        }
        return findings
    }

    private func lineage() throws -> [Finding] {
        var findings: [Finding] = []
        let loops = try keys("SELECT figure FROM figure_lineage WHERE status = 'loop' ORDER BY figure")
        if !loops.isEmpty {
            findings.append(Finding(severity: .error, check: "lineage-loop", message: "lineage chains that loop: these figures cite each other in a circle, so none of them rests on evidence", rows: loops))
        }
        let unsourced = try db.rows("""
            SELECT figure, primary_figure FROM figure_lineage WHERE status = 'unsourced' ORDER BY figure
            """).map { "\($0.string("figure") ?? "") (chain ends at \($0.string("primary_figure") ?? ""))" }
        if !unsourced.isEmpty {
            findings.append(Finding(severity: .warning, check: "lineage-unsourced", message: "figures whose lineage ends at a figure that is only reported, with no primary source; add the figure it repeats (cites)", rows: unsourced))
        }
        return findings
    }

    private func subgroupsAboveTotals() throws -> [Finding] {
        let rows = try db.rows("""
            SELECT s.key AS sub, t.key AS total, coalesce(s.value, s.high) AS sub_value, coalesce(t.value, t.high) AS total_value
            FROM figures s
            JOIN figures t ON t.measure = s.measure AND t.place = s.place AND t.period_start = s.period_start
                AND t.period_end = s.period_end AND t.source = s.source AND t.unit = s.unit
                AND t.sex = 'total' AND t.age_group = 'total' AND t.form IS NULL
                AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = t.key)
            JOIN units u ON u.code = s.unit AND u.dimension IN ('count', 'money')
            WHERE (s.sex <> 'total' OR s.age_group <> 'total' OR s.form IS NOT NULL)
              AND t.key <> s.key AND coalesce(s.low, s.value) > coalesce(t.value, t.high)
            ORDER BY s.key
            """)
        guard !rows.isEmpty else { return [] }
        let described = rows.map { row in
            "\(row.string("sub") ?? "") (\(Self.number(row.double("sub_value")))) > \(row.string("total") ?? "") (\(Self.number(row.double("total_value"))))"
        }
        return [Finding(severity: .warning, check: "subgroup-above-total", message: "a subgroup is larger than its total for the same measure, place, period and source (kept as published; say so when citing)", rows: described)]
    }

    private func bounds() throws -> [Finding] {
        let rows = try keys("""
            SELECT key FROM figures
            WHERE (value IS NOT NULL AND ((low IS NOT NULL AND low > value) OR (high IS NOT NULL AND high < value)))
               OR (censored = 1 AND (high IS NULL OR (low IS NOT NULL AND low > high)))
            ORDER BY key
            """)
        guard !rows.isEmpty else { return [] }
        return [Finding(severity: .error, check: "bounds", message: "bounds that do not contain the value", rows: rows)]
    }

    private func units() throws -> [Finding] {
        let rows = try db.rows("""
            SELECT f.key, f.unit, f.measure FROM figures f
            JOIN measures m ON m.code = f.measure JOIN units u ON u.code = f.unit
            WHERE NOT (u.dimension = 'change'
                OR (m.counts = 'money' AND u.dimension = 'money')
                OR (m.counts = 'index' AND u.dimension = 'index')
                OR (m.counts NOT IN ('money', 'index') AND u.dimension IN ('count', 'share', 'rate')))
            ORDER BY f.key
            """).map { "\($0.string("key") ?? "") (\($0.string("unit") ?? "") for \($0.string("measure") ?? ""))" }
        guard !rows.isEmpty else { return [] }
        return [Finding(severity: .error, check: "unit-contradicts-measure", message: "figures whose unit contradicts their measure (e.g. a money measure counted in persons)", rows: rows)]
    }

    private func missingEvidence() throws -> [Finding] {
        let rows = try keys("SELECT key FROM figures WHERE quote IS NULL AND locator IS NULL AND method <> 'derived' ORDER BY key")
        guard !rows.isEmpty else { return [] }
        return [Finding(severity: .warning, check: "no-quote-or-locator", message: "figures without a quote or a locator (page, table): a reader cannot find them in the source", rows: rows)]
    }

    private func sourcesWithoutAccess() throws -> [Finding] {
        let rows = try db.rows("SELECT key, url, accessed FROM sources WHERE url IS NULL OR accessed IS NULL ORDER BY key").map { row in
            "\(row.string("key") ?? "") (\(row.string("url") == nil ? "no URL" : "no accessed date"))"
        }
        guard !rows.isEmpty else { return [] }
        return [Finding(severity: .warning, check: "source-without-url", message: "sources without a URL or an accessed date", rows: rows)]
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "?" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
