import Foundation
import Report
import Storage
import Testing

/// A private in-memory tipdb database with the real schema and vocabularies, filled with direct
/// SQL inserts, so each test builds exactly the lineage or mix it is about.
final class ScratchDatabase {
    let db: Database
    let batch: Int64

    init() throws {
        db = try Database.inMemory()
        _ = try Migrator().migrate(db)
        try db.execute(
            """
            INSERT INTO ingest_batches (file, sha256, size, format, kind, started_at, finished_at, tipdb_version)
            VALUES ('scratch.csv', 'abc123', 1, 'csv', 'figures', '2026-11-29T00:00:00Z', '2026-11-29T00:00:01Z', '0.1.0')
            """)
        batch = db.lastInsertRowID
    }

    func source(_ key: String, kind: String = "report", authors: String? = nil, publisher: String? = "Publisher",
                published: String? = "2020", url: String? = nil, doi: String? = nil, accessed: String? = nil,
                csl: String? = nil, notes: String? = nil) throws {
        try db.execute(
            """
            INSERT INTO sources (key, kind, title, authors, publisher, published, url, doi, accessed, notes, csl, batch_id,
                created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'now', 'now')
            """, [key, kind, "Title of \(key)", authors, publisher, published, url, doi, accessed, notes, csl, batch])
    }

    func study(_ key: String, source: String, method: String?, period: (String, String), places: [String]) throws {
        try db.execute(
            """
            INSERT INTO studies (key, title, source, method, period_start, period_end, batch_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'now', 'now')
            """, [key, "Study \(key)", source, method, period.0, period.1, batch])
        for place in places { try db.execute("INSERT INTO study_places (study, place) VALUES (?, ?)", [key, place]) }
    }

    func figure(
        _ key: String, measure: String = "forced-labour", value: Double? = 1_000_000, unit: String = "persons",
        place: String = "WLD", period: (String, String) = ("2021", "2021"), source: String, study: String? = nil,
        cites: String? = nil, method: String = "estimated", sex: String = "total", ageGroup: String = "total",
        form: String? = nil, low: Double? = nil, high: Double? = nil, censored: Bool = false, notes: String? = nil
    ) throws {
        try db.execute(
            """
            INSERT INTO figures (key, measure, value, censored, low, high, unit, place, period_start, period_end, sex,
                age_group, form, source, study, cites, method, notes, batch_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'now', 'now')
            """,
            [key, measure, value, censored, low, high, unit, place, period.0, period.1, sex, ageGroup, form, source, study,
             cites, method, notes, batch])
    }

    func brief(_ filters: BriefFilters = BriefFilters()) throws -> Brief {
        try BriefBuilder(db: db).build(BriefRequest(filters: filters, date: "2026-11-29", command: "tipdb report brief"))
    }
}
