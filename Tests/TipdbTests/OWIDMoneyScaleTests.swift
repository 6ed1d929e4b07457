import Foundation
import Testing

/// An Our World in Data column of money in billions (metadata unit `billion US dollars`, short
/// unit `$`, or a title `(billion US$)`) is stored in US dollars, as counts in thousands are stored
/// in persons: 236 billion was stored as US$236. Scales that disagree or that one statement gives
/// twice are refused at the column's header cell.
@Suite("Our World in Data: money in billions, millions or thousands is stored in US dollars (built binary)")
struct OWIDMoneyScaleTests {
    static let title = "Illegal profits from forced labour"

    /// Writes `profits.csv` (World 236, Africa 20.5) with `title` as its column, and its metadata
    /// with `members` (JSON members of the column), then `tipdb init`.
    private static func write(_ members: String, title: String = Self.title, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("Entity,Code,Year,\(title)\nWorld,OWID_WRL,2021,236\nAfrica,,2021,20.5\n".utf8)
            .write(to: dir.appendingPathComponent("profits.csv"))
        let metadata = #"{"chart":{"originalChartUrl":"https://ourworldindata.org/grapher/forced-labour-profits"},"columns":{"\#(title)":{\#(members)"#
            + #""origins":[{"producer":"International Labour Organization","title":"Profits and poverty","datePublished":"2024-03-19","urlMain":"https://www.ilo.org"}]}}}"#
        try Data(metadata.utf8).write(to: dir.appendingPathComponent("profits.metadata.json"))
    }

    @Test("billions by the metadata's unit, with the short unit $, or by the title alone: stored × 1,000,000,000 in USD, and the note says so",
          arguments: [
            (#""unit":"billion US dollars","shortUnit":"$","#, title),
            (#""unit":"US$ billions","#, title),
            (#""description":"no unit","#, "Illegal profits from forced labour (billion US$)"),
            (#""unit":"billion US dollars","shortUnit":"$","#, "Illegal profits from forced labour (billion US$)"),
          ])
    func billions(members: String, title: String) throws {
        try withTemporaryDirectory { dir in
            try Self.write(members, title: title, in: dir)
            let result = try Tipdb.run(["ingest", "profits.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: profits.csv: column 4 \"\(title)\" → forced-labour-profits, USD, values × 1000000000\n"), "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT key, value, unit FROM figures ORDER BY value", in: dir) == """
                owid-forced-labour-profits:forced-labour-profits:M49-002:2021,20500000000.0,USD
                owid-forced-labour-profits:forced-labour-profits:WLD:2021,236000000000.0,USD
                """)
        }
    }

    @Test("millions and thousands of US dollars are scaled as counts are; US dollars alone are stored as written",
          arguments: [(#""unit":"million US dollars","#, "236000000.0"), (#""unit":"thousand US dollars","shortUnit":"k","#, "236000.0"),
                      (#""unit":"US dollars","shortUnit":"$","#, "236.0")])
    func otherScales(members: String, world: String) throws {
        try withTemporaryDirectory { dir in
            try Self.write(members, in: dir)
            let result = try Tipdb.run(["ingest", "profits.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT value FROM figures WHERE place = 'WLD'", in: dir) == world)
        }
    }

    @Test("scales that disagree, or two in one statement: refused at the header cell (exit 1), nothing stored",
          arguments: [
            (#""unit":"US dollars","#, "Illegal profits from forced labour (billion US$)",
             #"says its values are in billions, but its metadata gives the unit "US dollars", which counts them as written; tipdb cannot tell whether to multiply them by 1,000,000,000: correct the unit in the metadata ("billion US dollars" if the title is right) or the column's title, then load the file again (--metadata FILE reads a corrected copy)"#),
            (#""unit":"billion US dollars","shortUnit":"$","#, "Illegal profits from forced labour (million US$)",
             #"says its values are in millions, but its metadata gives the unit "billion US dollars" and short unit "$", in billions; tipdb cannot tell whether to multiply them by 1,000,000: correct the unit in the metadata ("million US dollars" if the title is right) or the column's title, then load the file again (--metadata FILE reads a corrected copy)"#),
            (#""unit":"thousand million US dollars","#, title,
             #": its metadata's unit "thousand million US dollars" names two scales, thousand and million; tipdb cannot tell what to multiply the values by: correct the unit in the metadata, then load the file again (--metadata FILE reads a corrected copy)"#),
            (#""unit":"billion US dollars","shortUnit":"k","#, title,
             #": its metadata's unit "billion US dollars" gives the values in billions, but its short unit "k" in thousands; expected the two to agree: correct the metadata, then load the file again (--metadata FILE reads a corrected copy)"#),
            (#""titleLong":"Illegal profits from forced labour, in billions of US dollars","#, "Illegal profits from forced labour (million US$)",
             #": its titles give the values in millions and in billions; tipdb cannot tell what to multiply them by: correct the column's title or the metadata's titles, then load the file again (--metadata FILE reads a corrected copy)"#),
          ])
    func refused(members: String, title: String, message: String) throws {
        try withTemporaryDirectory { dir in
            try Self.write(members, title: title, in: dir)
            let result = try Tipdb.run(["ingest", "profits.csv"], in: dir)
            #expect(result.status == 1)
            let separator = message.hasPrefix(":") ? "" : " "
            #expect(OWIDUnitTests.problems(result.stderr).first == "profits.csv:1:18: column \"\(title)\"\(separator)\(message)", "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT count(*) FROM figures", in: dir) == "0")
        }
    }
}
