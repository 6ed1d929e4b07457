import Foundation
import Testing

/// A brief's Provenance left out the measures file that defined a measure of one's own, whose
/// label and definition the brief prints, so a rebuild from the listed files refused every figure
/// stating it (review of session 54).
@Suite("a brief's Provenance lists the measures file its figures' measures came from (built binary)")
struct BriefMeasuresProvenanceTests {
    @Test("the measures batch is listed in Markdown and JSON, and the files listed rebuild the brief's figures")
    func listed() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let files = [
                ("m.csv", "code,label,counts,concept,definition,parent,default_unit\nfl-adult-rate,Forced labour prevalence (adults 15+),rate,forced-labour,\"Adults 15+ in forced labour, per 1,000 adults 15+.\",forced-labour,per-1000\n"),
                ("src.csv", "key,kind,title,authors,publisher,date\nwp,report,Forced labour in Nepal,\"Sharma, Anita\",Univ of Example,2026\n"),
                ("fig.csv", "key,measure,value,unit,place,period,source,locator\nnfls-rate,fl-adult-rate,8.6,per-1000,NPL,2025,wp,Table 3.1\n"),
            ]
            for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
            let ingest = try Tipdb.run(["ingest", "m.csv", "src.csv", "fig.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| 1 | m.csv | "), "\(brief.stdout)")
            #expect(brief.stdout.contains("A batch with no figures in this brief loaded its measures, sources, studies or case data"), "\(brief.stdout)")
            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--format", "json"], in: dir)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let batches = try #require((root["provenance"] as? [String: Any])?["batches"] as? [[String: Any]])
            #expect(batches.contains { $0["file"] as? String == "m.csv" && $0["kind"] as? String == "measures" }, "\(batches)")
            // Rebuilt from the listed files, in batch order, into a new database: every figure loads.
            let rebuilt = dir.appendingPathComponent("rebuilt")
            try FileManager.default.createDirectory(at: rebuilt, withIntermediateDirectories: true)
            #expect(try Tipdb.run(["init"], in: rebuilt).status == 0)
            for batch in batches.sorted(by: { ($0["id"] as? Int ?? 0) < ($1["id"] as? Int ?? 0) }) {
                let name = try #require(batch["file"] as? String)
                let load = try Tipdb.run(["ingest", dir.appendingPathComponent(name).path], in: rebuilt)
                #expect(load.status == 0, "\(name): \(load.stderr)")
            }
        }
    }
}
