import Foundation
import Testing

/// An Our World in Data download holds the data and its metadata side by side; `tipdb ingest
/// ow/*` gave the metadata as a file of its own, refused as a sources file, so nothing was loaded.
@Suite("An OWID file's metadata given beside it on the command line is read as its metadata, not loaded (built binary)")
struct OWIDMetadataGivenTests {
    static let column = "Detected victims of trafficking"
    static let metadata = """
        {
          "chart": {"title": "Detected victims"},
          "columns": {"Detected victims of trafficking": {"origins": [{"producer": "UNODC", "title": "GLOTIP"}]}}
        }
        """

    private func write(in dir: URL, metadata: String = Self.metadata) throws {
        let folder = dir.appendingPathComponent("ow")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Entity,Code,Year,\(Self.column)\nFrance,FRA,2019,100\n".utf8).write(to: folder.appendingPathComponent("dv.csv"))
        try Data(metadata.utf8).write(to: folder.appendingPathComponent("dv.metadata.json"))
        try Data("# Detected victims\n".utf8).write(to: folder.appendingPathComponent("readme.md"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
    }

    @Test("the data and its metadata given together (pretty-printed or on one line): loaded once, with a note")
    func givenTogether() throws {
        for metadata in [Self.metadata, Self.metadata.replacingOccurrences(of: "\n", with: " ")] {
            try withTemporaryDirectory { dir in
                try write(in: dir, metadata: metadata)
                let result = try Tipdb.run(["ingest", "ow/dv.metadata.json", "ow/dv.csv"], in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stderr.contains("note: ow/dv.csv: ow/dv.metadata.json was given too: it is this file's metadata, read with it, not a file of its own\n"), "\(result.stderr)")
                #expect(result.stderr.contains("note: ow/dv.csv: metadata read from ow/dv.metadata.json\n"), "\(result.stderr)")
                #expect(!result.stdout.contains("dv.metadata.json:"), "\(result.stdout)")
                let sources = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM ingest_batches"], in: dir)
                #expect(sources.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "n\n1\n")
            }
        }
    }

    @Test("with a file that is neither (readme.md), that file is still refused by name")
    func otherFileStillRefused() throws {
        try withTemporaryDirectory { dir in
            try write(in: dir)
            let result = try Tipdb.run(["ingest", "ow/dv.csv", "ow/dv.metadata.json", "ow/readme.md"], in: dir)
            #expect(result.status != 0)
            #expect(result.stderr.contains("ow/readme.md"), "\(result.stderr)")
            #expect(!result.stderr.contains("ow/dv.metadata.json:1:1"), "\(result.stderr)")
        }
    }

    @Test("a metadata file given without its data file is still read as what it looks like")
    func aloneIsNotSkipped() throws {
        try withTemporaryDirectory { dir in
            try write(in: dir)
            let result = try Tipdb.run(["ingest", "ow/dv.metadata.json"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("ow/dv.metadata.json:"), "\(result.stderr)")
        }
    }
}
