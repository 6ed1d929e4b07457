import Foundation
import Storage
import Testing

/// The names a source is credited under, in its label, its reference entry, Datasette's metadata
/// and its exports, with the built binary: a publisher with a comma is an organisation's whole name,
/// a CSL-JSON export of it loads back unchanged, authors lead before the publisher, BibTeX keys are
/// unique without case, and a name's suffix is CSL's `suffix`.
@Suite("source lead names: labels, CSL-JSON round trip, Datasette source, BibTeX keys, name suffixes (built binary)")
struct SourceLeadNameCommandTests {
    static let sources = """
        key,kind,title,publisher,date
        molisa-2020,report,Report on trafficking victims supported,"Ministry of Labour, Invalids and Social Affairs",2020
        sjp-2019,report,Supply chain audit,"Smith, Jones & Partners",2019

        """
    static let figures = """
        key,measure,value,unit,place,period,source,locator
        vn-1,detected-trafficking-victims,120,persons,VNM,2019,molisa-2020,p. 3

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("m.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("mf.csv"))
        let load = try Tipdb.run(["ingest", "m.csv", "mf.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// `source: label` for every source, by key, and the figure's `figure_citations.source_label`.
    private static func labels(in dir: URL) throws -> (sources: [String], citation: String?) {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
        defer { db.close() }
        let sources = try db.rows("SELECT source, short_label, label FROM source_labels ORDER BY source").map {
            "\($0.string("source") ?? ""): \($0.string("short_label") ?? "") / \($0.string("label") ?? "")"
        }
        let citation = try db.rows("SELECT source_label FROM figure_citations WHERE figure = 'vn-1'").first?.string("source_label")
        return (sources, citation)
    }

    @Test("a publisher with a comma leads as an organisation: whole or abbreviated, never cut at its comma")
    func publisherWithComma() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let labels = try Self.labels(in: dir)
            #expect(labels.sources == [
                "molisa-2020: Ministry of Labour, Invalids and Social Affairs 2020 / Ministry of Labour, Invalids and Social Affairs 2020",
                "sjp-2019: Smith, Jones & Partners 2019 / Smith, Jones & Partners 2019",
            ])
            #expect(labels.citation == "Ministry of Labour, Invalids and Social Affairs 2020")
            let lineage = try Tipdb.run(["report", "lineage", "vn-1"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("Ministry of Labour, Invalids and Social Affairs 2020"), "\(lineage.stdout)")
            #expect(!lineage.stdout.contains("Ministry of Labour 2020"), "\(lineage.stdout)")
            // The reference entry names it as its label does: no initials made up ("MLISA").
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout == """
                # Sources

                - Ministry of Labour, Invalids and Social Affairs (2020). Report on trafficking victims supported. (key: molisa-2020)
                - Smith, Jones & Partners (2019). Supply chain audit. (key: sjp-2019)

                """, "\(list.stdout)")
        }
    }

    @Test("a CSL-JSON export of sources whose publisher or authors hold commas loads back unchanged, labels and bytes alike")
    func cslRoundTrip() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            try Data("""
                key,kind,title,authors,publisher,date
                vdb-2018,journal-article,On things,"van der Berg, Jan; King, Martin Luther, Jr.",Journal of Things,2018

                """.utf8).write(to: dir.appendingPathComponent("people.csv"))
            #expect(try Tipdb.run(["ingest", "people.csv"], in: dir).status == 0)
            let before = try Self.labels(in: dir)
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "m.json"], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            let exported = try String(contentsOf: dir.appendingPathComponent("m.json"), encoding: .utf8)
            let load = try Tipdb.run(["ingest", "m.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("m.json: 3 read, 0 inserted, 0 updated, 3 unchanged, 0 rejected"), "\(load.stdout)")
            let after = try Self.labels(in: dir)
            #expect(after.sources == before.sources && after.citation == before.citation, "\(after)")
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
            let stored = try db.rows("SELECT count(*) AS n FROM source_revisions").first?.int("n")
            let csl = try db.rows("SELECT count(*) AS n FROM sources WHERE csl IS NOT NULL").first?.int("n")
            db.close()
            #expect(stored == 0)
            #expect(csl == 0)
            #expect(try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir).stdout == exported)
        }
    }

    @Test("a CSL-JSON name with a suffix is exported as family, given and suffix, and loads back unchanged")
    func nameSuffix() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,authors,date\nsmith-2001,book,A Book,\"Smith, John, Jr.\",2001\n".utf8)
                .write(to: dir.appendingPathComponent("s.csv"))
            #expect(try Tipdb.run(["ingest", "s.csv"], in: dir).status == 0)
            let export = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(export.stdout.contains("""
                    "author": [
                      {
                        "family": "Smith",
                        "given": "John",
                        "suffix": "Jr."
                      }
                    ],
                """), "\(export.stdout)")
            try Data(export.stdout.utf8).write(to: dir.appendingPathComponent("s.json"))
            let load = try Tipdb.run(["ingest", "s.json"], in: dir)
            #expect(load.stdout.contains("s.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(load.stdout)")
            // A reference manager's item with a suffix reads into the same authors column, and back.
            let fresh = dir.appendingPathComponent("fresh")
            try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
            #expect(try Tipdb.run(["init"], in: fresh).status == 0)
            try Data(#"[{"id": "smith-2001", "type": "book", "title": "A Book", "author": [{"given": "John", "family": "Smith", "suffix": "Jr."}], "issued": {"date-parts": [[2001]]}}]"#.utf8)
                .write(to: fresh.appendingPathComponent("z.json"))
            #expect(try Tipdb.run(["ingest", "z.json"], in: fresh).status == 0)
            let fromZotero = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: fresh)
            #expect(fromZotero.stdout == export.stdout)
            let again = try Tipdb.run(["ingest", "z.json"], in: fresh)
            #expect(again.stdout.contains("z.json: 1 read, 0 inserted, 0 updated, 1 unchanged, 0 rejected"), "\(again.stdout)")
            let bibtex = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: fresh)
            #expect(bibtex.stdout.contains("  author = {Smith, Jr., John},"), "\(bibtex.stdout)")
        }
    }

    @Test("Datasette metadata credits an article's authors, as report sources does, not its journal")
    func datasetteLeadsWithAuthors() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,authors,publisher,date
                vdb-2018,journal-article,On things,"van der Berg, Jan",Journal of Things,2018

                """.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("key,measure,value,unit,place,period,source,locator\nf-1,detected-trafficking-victims,12,persons,NLD,2017,vdb-2018,p. 1\n".utf8)
                .write(to: dir.appendingPathComponent("f.csv"))
            #expect(try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir).status == 0)
            let result = try Tipdb.run(["export", "datasette-metadata"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let tables = try #require(((root["databases"] as? [String: Any])?["tipdb"] as? [String: Any])?["tables"] as? [String: [String: Any]])
            #expect(tables["figures"]?["source"] as? String == "van der Berg, Jan (2018). On things")
            let list = try Tipdb.run(["report", "sources"], in: dir)
            #expect(list.stdout.contains("- van der Berg, Jan (2018). On things"), "\(list.stdout)")
        }
    }

    @Test("BibTeX keys are unique without regard to case: the later key gets -2, said on standard error, whatever the filters")
    func bibTeXKeysUniqueWithoutCase() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                ILO-2005-GLOBAL-ALLIANCE,report,A global alliance against forced labour,ILO,2005
                ilo-2005-global-alliance,report,A Global Alliance Against Forced Labour (summary),ILO,2005

                """.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("key,measure,value,unit,place,period,source,method\nfl-1,forced-labour,12.3 million,persons,WLD,2005,ilo-2005-global-alliance,estimated\n".utf8)
                .write(to: dir.appendingPathComponent("f.csv"))
            #expect(try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir).status == 0)
            let warning = "warning: source ilo-2005-global-alliance is written with BibTeX key ilo-2005-global-alliance-2: "
                + "BibTeX reads keys without case, and ILO-2005-GLOBAL-ALLIANCE is also a key\n"
            let all = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(all.status == 0, "\(all.stderr)")
            #expect(all.stdout.contains("@techreport{ILO-2005-GLOBAL-ALLIANCE,\n"), "\(all.stdout)")
            #expect(all.stdout.contains("@techreport{ilo-2005-global-alliance-2,\n"), "\(all.stdout)")
            #expect(all.stderr == warning)
            // Listed alone, the source keeps the key it has in the whole database's file.
            let one = try Tipdb.run(["report", "sources", "--format", "bibtex", "--measure", "forced-labour"], in: dir)
            #expect(one.status == 0, "\(one.stderr)")
            #expect(one.stdout.hasPrefix("@techreport{ilo-2005-global-alliance-2,\n"), "\(one.stdout)")
            #expect(one.stderr == warning)
            // Other formats keep the keys as they are.
            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir)
            #expect(csl.stdout.contains(#""id": "ilo-2005-global-alliance","#) && csl.stderr.isEmpty, "\(csl.stdout)")
            // A source added later takes no established key: the first loaded keeps its own, whatever its bytes (review of session 48).
            try Data("key,kind,title,publisher,date\nIlo-2005-Global-Alliance,report,Another report,ILO,2005\n".utf8).write(to: dir.appendingPathComponent("later.csv"))
            #expect(try Tipdb.run(["ingest", "later.csv"], in: dir).status == 0)
            let later = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(later.stdout.contains("@techreport{ILO-2005-GLOBAL-ALLIANCE,\n") && later.stdout.contains("@techreport{ilo-2005-global-alliance-2,\n"), "\(later.stdout)")
            #expect(later.stdout.contains("@techreport{Ilo-2005-Global-Alliance-3,\n"), "\(later.stdout)")
        }
    }
}
