import Foundation
import Storage
import Testing

@testable import Report

@Suite("Loading figures for a report")
struct FigureSetLoadTests {
    /// Texts a figure's optional columns take: none, empty, ASCII, accented, an emoji, an
    /// embedded newline, and one long enough to live outside Swift's small-string storage.
    static let texts: [String?] = [
        nil, "", "p. 12", "Résumé: 40,3 % des victimes", "🙂 quoted", "line one\nline two",
        String(repeating: "a long quote ", count: 20),
    ]

    /// Figures across several of the loader's chunks (2,048 rows each), every column compared
    /// with what SQLite holds, read the plain way.
    @Test("every column of every figure arrives as stored, across chunks and in key order", arguments: [0, 1, 2_048, 5_000])
    func sameAsStored(count: Int) throws {
        let scratch = try ScratchDatabase()
        try scratch.source("src")
        try scratch.study("stu", source: "src", method: "survey", period: ("2020", "2020"), places: ["WLD"])
        // Keys out of insertion order, so that the loader's key order is not the rows' order.
        let key = { (index: Int) in String(format: "k%05d", (index * 7_919) % count) }
        try scratch.db.transaction {
            for index in 0..<count {
                let text = { (shift: Int) in Self.texts[(index + shift) % Self.texts.count] }
                let censored = index % 11 == 0
                try scratch.db.execute(
                    """
                    INSERT INTO figures (key, measure, value, censored, low, high, ci_level, unit, place, period_start,
                        period_end, sex, age_group, form, source, study, locator, quote, cites, method, notes, batch_id,
                        created_at, updated_at)
                    VALUES (?, 'forced-labour', ?, ?, ?, ?, ?, 'persons', ?, '2019', ?, ?, ?, ?, 'src', ?, ?, ?, ?, ?, ?, ?,
                        'now', 'now')
                    """,
                    [
                        key(index), censored ? nil : Double(index) * 1.5,
                        censored, index % 3 == 0 ? 0.5 : nil, censored || index % 3 == 0 ? Double(index) * 2 + 1 : nil,
                        index % 3 == 0 && !censored ? 0.95 : nil, index % 2 == 0 ? "WLD" : "GBR",
                        index % 4 == 0 ? "2019-12" : "2019", ["total", "female", "male", "other"][index % 4],
                        index % 5 == 0 ? "18-20" : "total", text(1), index % 6 == 0 ? "stu" : nil, text(2), text(3),
                        index % 9 == 1 ? key(0) : nil, ["estimated", "detected", "reported", "derived"][index % 4], text(4), scratch.batch,
                    ])
            }
        }
        let catalog = try Catalog(db: scratch.db)
        let scope = try ScopeResolver(catalog: catalog).resolve(BriefFilters())
        let set = try FigureSet.load(scope, from: scratch.db, lookups: RecordLookups(catalog: catalog))

        if count > 1_000 {
            #expect(set.figures.contains { $0.isHeadline } && set.figures.contains { !$0.isHeadline })
        }
        let stored = try scratch.db.rows("SELECT * FROM figures ORDER BY key")
        // A scope's figures come in storage order; compared here by key.
        let loaded = set.figures.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        #expect(set.figures.count == count)
        #expect(loaded.map(\.key) == stored.map { $0.string("key") ?? "" })
        #expect(set.batchCounts == (count == 0 ? [:] : [scratch.batch: count]))
        for (figure, row) in zip(loaded, stored) {
            #expect(figure.value == row.double("value"))
            #expect(figure.censored == (row.int("censored") == 1))
            #expect(figure.low == row.double("low"))
            #expect(figure.high == row.double("high"))
            #expect(figure.ciLevel == row.double("ci_level"))
            #expect(figure.place == row.string("place"))
            #expect(figure.periodStart == row.string("period_start"))
            #expect(figure.periodEnd == row.string("period_end"))
            #expect(figure.sex == row.string("sex"))
            #expect(figure.ageGroup == row.string("age_group"))
            #expect(figure.form == row.string("form"))
            #expect(figure.study == row.string("study"))
            #expect(figure.locator == row.string("locator"))
            #expect(figure.quote == row.string("quote"))
            #expect(figure.method == row.string("method"))
            #expect(figure.notes == row.string("notes"))
            #expect(figure.cites == row.string("cites"))
            #expect(figure.unit == "persons" && figure.measure == "forced-labour" && figure.source == "src")
            // The headline rule, worked out as the record is made (forced labour's unit is persons).
            let headline = figure.cites == nil && figure.method != "reported" && figure.value != nil
                && figure.sex == "total" && figure.ageGroup == "total" && figure.form == nil
            #expect(figure.isHeadline == headline)
        }
    }
}
