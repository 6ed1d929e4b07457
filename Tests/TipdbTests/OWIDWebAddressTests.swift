import Foundation
import Testing

/// The addresses an Our World in Data metadata file gives (an origin's `urlMain` or
/// `urlDownload`, the chart's `originalChartUrl`) become the source's `url`, which briefs print as
/// a link: they are held to a sources file's rule, and a bad one is refused at its place (review of
/// session 30: urlMain skipped the URL check).
@Suite("CLI: OWID metadata addresses are checked as a sources file's url is, at their line and column")
struct OWIDWebAddressTests {
    static let column = "Detected victims of human trafficking (number)"

    private func load(metadata: String, in dir: URL) throws -> ProcessResult {
        try Data("Entity,Code,Year,\(Self.column)\nFrance,FRA,2019,100\n".utf8).write(to: dir.appendingPathComponent("dv.csv"))
        try Data(metadata.utf8).write(to: dir.appendingPathComponent("dv.metadata.json"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        return try Tipdb.run(["ingest", "dv.csv"], in: dir)
    }

    @Test("an origin's urlMain with a space in its host: refused at the value, nothing loaded, exit 1")
    func badOrigin() throws {
        try withTemporaryDirectory { dir in
            let result = try load(metadata: """
                {"columns": {"\(Self.column)": {"origins": [
                  {"producer": "UNODC", "title": "GLOTIP", "urlMain": "https://www.un odc.org/glotip"}
                ]}}}
                """, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains(
                "dv.metadata.json:2:55: metadata of dv.csv: columns.\(Self.column).origins[0].urlMain: \"https://www.un odc.org/glotip\" has a space at character 15, in its host name; expected a host name without spaces, such as www.ilo.org\n"),
                "\(result.stderr)")
            let count = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM figures"], in: dir)
            #expect(count.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "n\n0\n")
        }
    }

    @Test("a chart address that is no web address: refused at the value")
    func badChart() throws {
        try withTemporaryDirectory { dir in
            let result = try load(metadata: """
                {"chart": {"title": "Detected victims", "originalChartUrl": "ourworldindata.org/grapher/dv"},
                 "columns": {"\(Self.column)": {"origins": [{"producer": "UNODC", "title": "GLOTIP"}]}}}
                """, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("dv.metadata.json:1:61: metadata of dv.csv: chart.originalChartUrl: \"ourworldindata.org/grapher/dv\" has no scheme; expected https:// (or http://) before it"), "\(result.stderr)")
        }
    }

    @Test("good addresses load, the origin's urlMain becoming the source's url")
    func goodAddresses() throws {
        try withTemporaryDirectory { dir in
            let result = try load(metadata: """
                {"chart": {"title": "Detected victims", "originalChartUrl": "https://ourworldindata.org/grapher/dv"},
                 "columns": {"\(Self.column)": {"origins": [{"producer": "UNODC", "title": "GLOTIP", "urlMain": "https://www.unodc.org/glotip", "urlDownload": "https://www.unodc.org/glotip.xlsx"}]}}}
                """, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let url = try Tipdb.run(["sql", "--format", "csv", "SELECT url FROM sources"], in: dir)
            #expect(url.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "url\nhttps://www.unodc.org/glotip\n", "\(url.stdout)")
        }
    }
}
