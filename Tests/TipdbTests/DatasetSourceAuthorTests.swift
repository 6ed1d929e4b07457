import Foundation
import Testing

/// The sources tipdb makes itself (a GLOTIP export's, a CTDC version's) have a publisher and no
/// authors: BibTeX and CSL-JSON give the publisher as an organisation author, so that author-year
/// styles cite `UNODC 2025`, not the title; the export still loads back unchanged. CTDC's note
/// gives its requested citation filled in, never its `<year>` and `<day month year>` placeholders.
@Suite("report sources: the publisher as organisation author of a data set or report without authors (built binary)")
struct DatasetSourceAuthorTests {
    private static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("IngestTests/Datasets")

    private func database(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(GLOTIPFiles.export(date: "14/04/2025").utf8).write(to: dir.appendingPathComponent("g.csv"))
        try FileManager.default.copyItem(
            at: Self.samples.appendingPathComponent("ctdc_global_sample.csv"), to: dir.appendingPathComponent("ctdc_global.csv"))
        for arguments in [["g.csv"], ["--format", "ctdc", "--dataset", "ctdc-global", "--released", "2024-03-01", "ctdc_global.csv"]] {
            let load = try Tipdb.run(["ingest", "--quiet"] + arguments, in: dir)
            #expect(load.status == 0, "\(load.stderr)")
        }
    }

    /// `2026-12-02` → `2 December 2026`.
    private func words(_ day: String) -> String {
        let parts = day.split(separator: "-").map(String.init)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(Int(parts[2]) ?? 0) \(months[(Int(parts[1]) ?? 1) - 1]) \(parts[0])"
    }

    @Test("BibTeX author = {{UNODC}} (the publisher not repeated in howpublished), CSL author literal; CTDC's citation filled; the CSL export loads back unchanged")
    func organisationAuthor() throws {
        try withTemporaryDirectory { dir in
            try database(in: dir)
            let accessed = try RetractCommandTests.sql("SELECT accessed FROM sources WHERE key = 'ctdc-global-v1'", in: dir)
            let note = "Case-level file ctdc\\_global.csv, sha256 1ee5d3dd7198f77fd3e191d8d98059e3ff66f73104768672cf9a6f6171eb028e, loaded by tipdb as dataset ctdc-global version 1. "
                + "CTDC asks to be cited as: Counter-Trafficking Data Collaborative (CTDC). 2024. 'Global Dataset'. (Accessed \(words(accessed)))."
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir)
            #expect(bib.status == 0, "\(bib.stderr)")
            #expect(bib.stdout == """
                @misc{ctdc-global-v1,
                  author = {{Counter-Trafficking Data Collaborative (CTDC)}},
                  title = {{Global Dataset}},
                  year = {2024},
                  month = mar,
                  date = {2024-03-01},
                  url = {https://www.ctdatacollaborative.org/},
                  urldate = {\(accessed)},
                  note = {\(note)}
                }

                @misc{unodc-glotip-2025-04-14,
                  author = {{UNODC}},
                  title = {{Global Report on Trafficking in Persons (GLOTIP) data, export of 2025-04-14}},
                  year = {2025},
                  month = apr,
                  date = {2025-04-14},
                  url = {https://dataunodc.un.org/},
                  urldate = {2025-04-14},
                  note = {UNODC data portal export g.csv, sha256 \(try RetractCommandTests.sql("SELECT sha256 FROM ingest_batches WHERE id = 1", in: dir)). Counts below 5 are published as \\textless{}5. A vintage of the unodc-glotip series: a newer export may revise these figures.}
                }

                """, "\(bib.stdout)")
            #expect(!bib.stdout.contains("<year>") && !bib.stdout.contains("<day month year>"))

            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json", "-o", "sources.json"], in: dir)
            #expect(csl.status == 0, "\(csl.stderr)")
            let items = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("sources.json"))) as? [[String: Any]] ?? []
            let authors = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0["author"] as? [[String: String]] ?? []) })
            #expect(authors == ["ctdc-global-v1": [["literal": "Counter-Trafficking Data Collaborative (CTDC)"]], "unodc-glotip-2025-04-14": [["literal": "UNODC"]]])
            #expect(items.allSatisfy { $0["publisher"] != nil })
            let ctdc = items.first { $0["id"] as? String == "ctdc-global-v1" }
            #expect((ctdc?["note"] as? String)?.hasSuffix("CTDC asks to be cited as: Counter-Trafficking Data Collaborative (CTDC). 2024. 'Global Dataset'. (Accessed \(words(accessed))).") == true)

            // Read back, the author an export gave is the source without authors it was.
            let load = try Tipdb.run(["ingest", "sources.json"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(load.stdout.contains("sources.json: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected"), "\(load.stdout)")
            #expect(try RetractCommandTests.sql("SELECT count(*) FROM sources WHERE authors IS NOT NULL", in: dir) == "0")
        }
    }

    @Test("the rule holds for a report, data set, web page or statement without authors; an article, book or news item without authors gets none")
    func kinds() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,kind,title,publisher,date
                r1,report,Annual report,International Labour Office,2019
                w1,webpage,About forced labour,Walk Free,2020
                a1,journal-article,Unsigned note,Elsevier,2018
                n1,news,Trafficking today,Daily News,2013

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            let bib = try Tipdb.run(["report", "sources", "--format", "bibtex"], in: dir).stdout
            #expect(bib.contains("@techreport{r1,\n  author = {{International Labour Office}},\n  title = {{Annual report}},\n"), "\(bib)")
            #expect(bib.contains("  institution = {International Labour Office},\n"), "\(bib)")
            #expect(bib.contains("@misc{w1,\n  author = {{Walk Free}},\n  title = {{About forced labour}},\n  year = {2020}\n}"), "\(bib)")
            #expect(bib.contains("@misc{a1,\n  title = {{Unsigned note}},\n  howpublished = {Elsevier},\n"), "\(bib)")
            #expect(bib.contains("@misc{n1,\n  title = {{Trafficking today}},\n  howpublished = {Daily News},\n"), "\(bib)")
            let csl = try Tipdb.run(["report", "sources", "--format", "csl-json"], in: dir).stdout
            let items = try JSONSerialization.jsonObject(with: Data(csl.utf8)) as? [[String: Any]] ?? []
            let authored = items.filter { $0["author"] != nil }.compactMap { $0["id"] as? String }.sorted()
            #expect(authored == ["r1", "w1"], "\(csl)")
        }
    }
}
