import Foundation
import Storage
import Testing

/// A brief can be made again and traced to the database state and the program that made it: its
/// provenance lists every batch its text names, records the schema version, the database's latest
/// batch and a digest of its figures; `tipdb --version` names the build; a date before the data
/// is warned about; a dataset's release date says where it came from.
///
/// Why: an auditor rebuilt a brief from the files its provenance listed and got another brief (the
/// batch behind "revised from" and the retract batch were missing); "tipdb 0.1.0" named no build;
/// a CTDC file's mtime decided the year it was cited with (audit, session 52).
@Suite("The brief's provenance: every batch named, schema, data as of, figures digest, release dates (built binary)")
struct BriefProvenanceTests {
    private static let sources = """
        key,title,publisher,date,kind
        src-a,Report on forced labour in Nepal,Institute A,2020,report
        src-b,Follow-up report,Institute B,2022-05,report

        """
    private static let first = """
        key,measure,value,unit,place,period,source,locator
        f1,forced-labour,32000,persons,NPL,2018,src-a,p. 4
        f2,forced-labour,40000,persons,NPL,2021,src-b,p. 10

        """
    private static let second = """
        key,measure,value,unit,place,period,source,locator
        f1,forced-labour,32000,persons,NPL,2018,src-a,p. 4
        f2,forced-labour,45000,persons,NPL,2021,src-b,p. 12

        """

    private func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private func ok(_ arguments: [String], in dir: URL) throws -> ProcessResult {
        let result = try Tipdb.run(arguments, in: dir)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    /// The auditor's database: sources and figs1.csv (batch 1 and 2), figs2.csv revising f2 (batch 3), f1 retracted (batch 4).
    private func teamDatabase(in dir: URL) throws {
        try write(Self.sources, "sources.csv", in: dir)
        try write(Self.first, "figs1.csv", in: dir)
        try write(Self.second, "figs2.csv", in: dir)
        _ = try ok(["init"], in: dir)
        _ = try ok(["ingest", "--quiet", "sources.csv", "figs1.csv"], in: dir)
        _ = try ok(["ingest", "--quiet", "figs2.csv"], in: dir)
        _ = try ok(["retract", "f1", "--reason", "typed from wrong table"], in: dir)
    }

    private func json(_ arguments: [String], in dir: URL) throws -> [String: Any] {
        let out = try ok(["report", "brief", "--format", "json"] + arguments, in: dir).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    private func sql(_ query: String, in dir: URL) throws -> String {
        try ok(["sql", "--format", "csv", query], in: dir).stdout.components(separatedBy: "\r\n").dropFirst().first ?? ""
    }

    @Test("the provenance lists the batch behind 'revised from' and the retract batch, in md, html and json")
    func namedBatches() throws {
        try withTemporaryDirectory { dir in
            try teamDatabase(in: dir)
            let md = try ok(["report", "brief", "--date", "2027-01-01"], in: dir).stdout
            #expect(md.contains("revised from 40,000 (batch 2; replaced "), "\(md)")
            #expect(md.contains("f1 (batch 4, "), "\(md)")
            let sha1 = try sql("SELECT sha256 FROM ingest_batches WHERE id = 2", in: dir)
            #expect(md.contains("| 2 | figs1.csv | \(sha1) | figures | "), "\(md)")
            #expect(md.contains("| 3 | figs2.csv | "), "\(md)")
            #expect(md.contains("| 4 | retract f1 |  | figures | "), "\(md)")
            #expect(md.contains("A batch with no figures in this brief loaded its sources, studies or case data, or an earlier number, retraction or figure its text names by batch."), "\(md)")
            let html = try ok(["report", "brief", "--date", "2027-01-01", "--format", "html"], in: dir).stdout
            #expect(html.contains("<tr><th scope=\"row\">2</th><td class=\"path\">figs1.csv</td>"), "\(html)")
            #expect(html.contains("<tr><th scope=\"row\">4</th>"), "\(html)")
            let provenance = try #require(try json(["--date", "2027-01-01"], in: dir)["provenance"] as? [String: Any])
            let ids = (provenance["batches"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            #expect(ids == [1, 2, 3, 4])
        }
    }

    @Test("schema version, the database's latest batch and the figures' digest, which a rebuild from other batches shares")
    func databaseState() throws {
        try withTemporaryDirectory { dir in
            try teamDatabase(in: dir)
            let finished = try sql("SELECT finished_at FROM ingest_batches WHERE id = 4", in: dir)
            let md = try ok(["report", "brief", "--date", "2027-01-01"], in: dir).stdout
            #expect(md.contains("Rendered by tipdb \(TipdbVersion.current) (schema version \(Migration.latestVersion)). Data as of batch 4, the database's latest (\(finished)). The same database and this command give the same brief, byte for byte, with the same tipdb build (tipdb --version names it):"), "\(md)")
            let provenance = try #require(try json(["--date", "2027-01-01"], in: dir)["provenance"] as? [String: Any])
            #expect(provenance["schemaVersion"] as? Int == Migration.latestVersion)
            #expect(provenance["lastBatch"] as? Int == 4)
            #expect(provenance["dataAsOf"] as? String == finished)
            let digest = try #require(provenance["figuresSHA256"] as? String)
            // The documented recipe: one JSON array per figure in key order, each ending in a line feed.
            let line = #"["f2","forced-labour",45000,false,null,null,null,"persons","NPL","2021","2021","total","total",null,"src-b",null,"p. 12",null]"# + "\n"
            #expect(digest == Checksum.sha256(Array(line.utf8)))
            #expect(md.contains("\nFigures SHA-256: \(digest) (the brief's figures as stored, in key order: README, \"Reproducing a brief\"); a database rebuilt from these files that gives the same digest gives the same figures.\n"), "\(md)")

            // Rebuilt from figs2.csv alone, with the same retraction: other batches, the same figures and digest.
            try withTemporaryDirectory { other in
                try write(Self.sources, "sources.csv", in: other)
                try write(Self.second, "figs2.csv", in: other)
                _ = try ok(["init"], in: other)
                _ = try ok(["ingest", "--quiet", "sources.csv", "figs2.csv"], in: other)
                _ = try ok(["retract", "f1", "--reason", "typed from wrong table"], in: other)
                let rebuilt = try #require(try json(["--date", "2027-01-01"], in: other)["provenance"] as? [String: Any])
                #expect(rebuilt["lastBatch"] as? Int == 3)
                #expect(rebuilt["figuresSHA256"] as? String == digest)
            }
        }
    }

    @Test("tipdb --version names the schema version and the executable's SHA-256")
    func version() throws {
        try withTemporaryDirectory { dir in
            let result = try ok(["--version"], in: dir)
            let digest = try Checksum.sha256(fileAtPath: Tipdb.executable.path)
            #expect(result.stdout == "\(TipdbVersion.current) (schema version \(Migration.latestVersion); executable SHA-256 \(digest))\n")
        }
    }

    @Test("a --date before a cited source's publication is warned about; one after it is not, and the brief says what the data is as of")
    func dateBeforeData() throws {
        try withTemporaryDirectory { dir in
            try teamDatabase(in: dir)
            let early = try ok(["report", "brief", "--date", "2019-06-01", "-o", "b.md"], in: dir)
            #expect(early.stderr == "warning: the brief is dated 2019-06-01, before a source it cites was published: Institute B 2022 [1] was published 2022-05; its age cautions count from 2019-06-01; expected a --date on or after the sources' (or none: today)\n", "\(early.stderr)")
            // Under SOURCE_DATE_EPOCH too (1 January 2020).
            let epoch = try Tipdb.run(["report", "brief", "--format", "json"], in: dir, environment: ["SOURCE_DATE_EPOCH": "1577836800"])
            #expect(epoch.stderr.hasPrefix("warning: the brief is dated 2020-01-01, before a source it cites was published: "), "\(epoch.stderr)")
            // A day in the source's month is no conflict (compared on the month both give); the
            // batches' time is in the provenance, not a warning.
            let later = try ok(["report", "brief", "--date", "2022-05-01"], in: dir)
            #expect(later.stderr == "", "\(later.stderr)")
            let finished = try sql("SELECT finished_at FROM ingest_batches WHERE id = 4", in: dir)
            #expect(later.stdout.contains(" Data as of batch 4, the database's latest (\(finished)). "), "\(later.stdout)")
        }
    }

    @Test("a CTDC file dated by its modification time says so in the batch's options and the brief; --released is recorded")
    func releaseDates() throws {
        try withTemporaryDirectory { dir in
            try write(CaseFiles.synthetic([(20, "2019", "USA"), (30, "2019", "MEX")]), "cases.csv", in: dir)
            let march = try #require(ISO8601DateFormatter().date(from: "2024-03-01T12:00:00Z"))
            try FileManager.default.setAttributes([.modificationDate: march], ofItemAtPath: dir.appendingPathComponent("cases.csv").path)
            _ = try ok(["init"], in: dir)
            let ingest = try ok(["ingest", "cases.csv"], in: dir)
            #expect(ingest.stderr.contains("recorded as such in the batch's options (released_from_mtime), which briefs' provenance names"), "\(ingest.stderr)")
            #expect(try sql("SELECT options ->> '$.released_from_mtime' FROM ingest_batches WHERE id = 1", in: dir) == "2024-03-01")
            _ = try ok(["derive", "ctdc", "--dataset", "ctdc-synthetic", "--by", "country"], in: dir)
            let md = try ok(["report", "brief", "--date", "2027-01-01"], in: dir).stdout
            #expect(md.contains("- Batch 1 (cases.csv): its source is dated 2024-03-01, the file's modification time, as no --released was given and the file states no date; a copy of the file made on another day is cited with another date: load it with --released YYYY-MM-DD, its publisher's release date.\n"), "\(md)")
            let batches = try #require((try json(["--date", "2027-01-01"], in: dir)["provenance"] as? [String: Any])?["batches"] as? [[String: Any]])
            #expect(batches.first?["released"] as? String == "2024-03-01")
            #expect(batches.first?["releasedFrom"] as? String == "modification time")

            try withTemporaryDirectory { other in
                try FileManager.default.copyItem(at: dir.appendingPathComponent("cases.csv"), to: other.appendingPathComponent("cases.csv"))
                _ = try ok(["init"], in: other)
                _ = try ok(["ingest", "--released", "2024-02-15", "cases.csv"], in: other)
                #expect(try sql("SELECT options ->> '$.released' FROM ingest_batches WHERE id = 1", in: other) == "2024-02-15")
                _ = try ok(["derive", "ctdc", "--dataset", "ctdc-synthetic", "--by", "country"], in: other)
                let given = try ok(["report", "brief", "--date", "2027-01-01"], in: other).stdout
                #expect(given.contains("- Batch 1 (cases.csv) was loaded with --released 2024-02-15.\n"), "\(given)")
                #expect(!given.contains("modification time"), "\(given)")
            }
        }
    }
}
