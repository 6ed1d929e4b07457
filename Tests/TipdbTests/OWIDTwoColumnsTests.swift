import Foundation
import Testing

/// A grapher file with two indicator columns (detected victims, and a share of them): each
/// column's figures take their own title, unit and metadata. The one source was written from the
/// first column's metadata, so the share was cited to the count's publication and described by
/// the count's description.
@Suite("Our World in Data: two indicator columns, each stored with its own title, unit and metadata (built binary)")
struct OWIDTwoColumnsTests {
    static let count = "Detected victims of human trafficking"
    static let share = "Share of detected victims who are children"

    /// Writes `dv.csv` with both columns and its metadata, the share's origin being `shareOrigin`.
    private static func write(shareOrigin: String, in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("Entity,Code,Year,\(count),\(share)\nFrance,FRA,2019,100,25\nSpain,ESP,2019,40,10\n".utf8)
            .write(to: dir.appendingPathComponent("dv.csv"))
        let metadata = #"""
            {"chart":{"originalChartUrl":"https://ourworldindata.org/grapher/detected-victims"},"columns":{
            "\#(count)":{"titleLong":"Detected victims of human trafficking (number)","unit":"victims","descriptionShort":"Number of detected victims","descriptionKey":["Only detected victims."],
              "origins":[{"producer":"United Nations Office on Drugs and Crime","title":"Global Report on Trafficking in Persons","datePublished":"2024-12-11","urlMain":"https://www.unodc.org"}]},
            "\#(share)":{"shortName":"share_children","unit":"%","shortUnit":"%","descriptionShort":"Share of detected victims aged under 18","descriptionKey":["Children are under 18."],
              "origins":[\#(shareOrigin)]}}}
            """#
        try Data(metadata.utf8).write(to: dir.appendingPathComponent("dv.metadata.json"))
    }

    @Test("another origin for the second column: its figures cite a source of their own, with its title, description and caveats")
    func ownSource() throws {
        try withTemporaryDirectory { dir in
            try Self.write(shareOrigin: #"{"producer":"Counter Trafficking Data Collaborative","title":"CTDC Global Dataset","datePublished":"2024-06-01","urlMain":"https://www.ctdatacollaborative.org"}"#, in: dir)
            let result = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("""
                note: dv.csv: source owid-detected-victims created from the metadata's origins (United Nations Office on Drugs and Crime)
                note: dv.csv: source owid-detected-victims-share-children created from the metadata's origins (Counter Trafficking Data Collaborative)

                """), "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT key, value, unit, age_group, source, notes FROM figures WHERE place = 'FRA' ORDER BY key", in: dir) == """
                owid-detected-victims:detected-trafficking-victims:FRA:2019,100.0,persons,total,owid-detected-victims,Our World in Data indicator: \(Self.count)
                owid-detected-victims:detected-trafficking-victims:FRA:2019:children:percent,25.0,percent,children,owid-detected-victims-share-children,Our World in Data indicator: \(Self.share)
                """)
            let sources = try RetractCommandTests.sql(
                "SELECT key, title, publisher, substr(notes, instr(notes, 'sha256 ') + 73) FROM sources ORDER BY key", in: dir)
            #expect(sources == """
                owid-detected-victims,Global Report on Trafficking in Persons,United Nations Office on Drugs and Crime,Number of detected victims. Caveats: Only detected victims.
                owid-detected-victims-share-children,CTDC Global Dataset,Counter Trafficking Data Collaborative,Share of detected victims aged under 18. Caveats: Children are under 18.
                """, "\(sources)")
        }
    }

    @Test("the same origin: one source, which describes each column by its name")
    func sharedSource() throws {
        try withTemporaryDirectory { dir in
            try Self.write(shareOrigin: #"{"producer":"United Nations Office on Drugs and Crime","title":"Global Report on Trafficking in Persons","datePublished":"2024-12-11","urlMain":"https://www.unodc.org"}"#, in: dir)
            let result = try Tipdb.run(["ingest", "dv.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try RetractCommandTests.sql("SELECT DISTINCT source FROM figures", in: dir) == "owid-detected-victims")
            let notes = try RetractCommandTests.sql("SELECT substr(notes, instr(notes, 'sha256 ') + 73) FROM sources", in: dir)
            #expect(notes == "\(Self.count): Number of detected victims. \(Self.share): Share of detected victims aged under 18. Caveats: Children are under 18. Only detected victims.", "\(notes)")
        }
    }
}
