import Foundation
import Testing

/// Row notes about a bulk dataset's figures point at the cell they are about, as its warnings do:
/// a GLOTIP row repeating an earlier one and a retracted key at the row's txtVALUE cell, a
/// dimension's Total at its Category cell, an Our World in Data retracted key at the value's cell.
/// They pointed at column 1 (`g.csv:5:1:`). Every file is made here, small.
@Suite("CLI: bulk datasets' row notes point at the cell they are about (built binary)")
struct DatasetRowNotePositionTests {
    private static func write(_ name: String, _ text: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// A GLOTIP row for Germany: `rest` is `Indicator,Dimension,Category,Sex,Age,Year,Unit,txtVALUE`.
    private static func deu(_ rest: String) -> String {
        "DEU,Germany,Europe,Western Europe,\(rest),GLOTIP\n"
    }

    /// The 1-based column where field `index` (0-based) of `row` starts (no field of these rows is quoted).
    private static func column(_ index: Int, of row: String) -> Int {
        row.split(separator: ",", omittingEmptySubsequences: false).prefix(index).map(\.count).reduce(0, +) + index + 1
    }

    @Test("a GLOTIP row repeating an earlier one is noted at its txtVALUE cell, a dimension's Total at its Category cell")
    func glotipRepeatAndDimensionTotal() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let total = Self.deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,41")
            let byForm = Self.deu("Detected trafficking victims,Form of exploitation,Total,Total,Total,2021,Counts,30")
            try Self.write("g.csv", GLOTIPFiles.top() + total + total + byForm, in: dir)
            let result = try Tipdb.run(["ingest", "g.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.column(11, of: total) == 100)
            #expect(Self.column(6, of: byForm) == 85)
            #expect(result.stderr.contains("note: g.csv:5:100: 1 row repeats the figure of an earlier row: the same indicator, country, year, sex, age, dimension and category once names are resolved, with the same value (line 5 repeats line 4: unodc-glotip:detected-trafficking-victims:DEU:2020); loaded once\n"), "\(result.stderr)")
            #expect(result.stderr.contains("note: g.csv:6:85: 1 row with category Total under a dimension (line 6, under form-of-exploitation) is kept as that dimension's total (breakdown form-of-exploitation: Total), not as the country's overall total: the dimension is part of what it counts\n"), "\(result.stderr)")
            #expect(!result.stderr.contains("g.csv:5:1:") && !result.stderr.contains("g.csv:6:1:"), "\(result.stderr)")
        }
    }

    @Test("a retracted key a newer GLOTIP export gives again is noted at its txtVALUE cell")
    func glotipRetractedKey() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let victims = Self.deu("Detected trafficking victims,Total,Total,Total,Total,2020,Counts,41")
            let convicted = Self.deu("Persons convicted,Total,Total,Total,Total,2020,Counts,10")
            try Self.write("g1.csv", GLOTIPFiles.top(date: "14/04/2025") + victims + convicted, in: dir)
            try Self.write("g2.csv", GLOTIPFiles.top(date: "01/06/2025") + victims, in: dir)
            try Self.write("g3.csv", GLOTIPFiles.top(date: "01/09/2025") + victims + convicted, in: dir)
            #expect(try Tipdb.run(["ingest", "g1.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "g2.csv"], in: dir).status == 0)
            let key = "unodc-glotip:persons-convicted:DEU:2020"
            #expect(try Tipdb.run(["retract", key, "--reason", "dropped"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", "g3.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.column(11, of: convicted) == 89)
            #expect(result.stderr.contains("note: g3.csv:5:89: figure \"\(key)\" was retracted on "), "\(result.stderr)")
            #expect(result.stderr.contains(" (batch 3: \"dropped\"); skipped, so that it does not come back; to load it again as a new figure, run the command with --restore-retracted\n"), "\(result.stderr)")
        }
    }

    @Test("a retracted key a newer Our World in Data download gives again is noted at the value's cell")
    func owidRetractedKey() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let title = "Detected victims of human trafficking"
            for (name, date, rows) in [("d1", "2025-03-01", ["Italy,ITA,2019,5", "France,FRA,2019,7"]),
                                       ("d2", "2025-06-01", ["Italy,ITA,2019,5"]),
                                       ("d3", "2025-09-01", ["Italy,ITA,2019,5", "France,FRA,2019,7"])] {
                try Self.write("\(name).csv", "Entity,Code,Year,\(title)\n" + rows.map { $0 + "\n" }.joined(), in: dir)
                try Self.write("\(name).metadata.json", """
                    {"chart": {"title": "Detected victims", "originalChartUrl": "https://ourworldindata.org/grapher/dv"},
                     "dateDownloaded": "\(date)", "columns": {"\(title)": {"unit": "persons"}}}
                    """, in: dir)
            }
            #expect(try Tipdb.run(["ingest", "d1.csv"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "d2.csv"], in: dir).status == 0)
            let key = "owid-dv:detected-trafficking-victims:FRA:2019"
            #expect(try Tipdb.run(["retract", key, "--reason", "dropped"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", "d3.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: d3.csv:3:17: figure \"\(key)\" was retracted on "), "\(result.stderr)")
        }
    }
}
