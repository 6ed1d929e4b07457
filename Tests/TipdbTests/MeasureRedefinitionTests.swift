import Foundation
import Testing

/// A measures file loaded again with another definition of a measure that figures state (review of
/// session 54: a survey's 8.6 per 1,000 adults 15+, weighted, became in a brief "per 1,000 people
/// aged 18+ (unweighted)", with `1 updated` and nothing kept of the text it replaced).
@Suite("a user measure's definition stays while figures state it; --correction replaces it, quoting the old text (built binary)")
struct MeasureRedefinitionTests {
    private let sources = """
        key,kind,title,authors,publisher,date
        wp,report,Forced labour in Nepal,"Sharma, Anita",Univ of Example,2026

        """
    private let first = """
        code,label,counts,concept,definition,parent,default_unit
        fl-adult-rate,Forced labour prevalence (adults 15+),rate,forced-labour,"Adults 15+ in forced labour in the reference week, per 1,000 adults 15+ (weighted).",forced-labour,per-1000

        """
    private let figures = """
        key,measure,value,low,high,ci_level,unit,place,period,source,locator
        nfls-rate,fl-adult-rate,8.6,7.1,10.1,95,per-1000,NPL,2025,wp,Table 3.1

        """
    private let second = """
        code,label,counts,concept,definition,parent,default_unit
        fl-adult-rate,Forced labour prevalence (adults 18+),rate,forced-labour,"Adults 18+ in forced labour in the last 5 years, per 1,000 adults 18+ (unweighted).",forced-labour,per-1000

        """

    /// A database holding the first definition and a figure stating it, and `second` written beside it.
    private func loaded(_ body: (URL) throws -> Void) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for (name, text) in [("src.csv", sources), ("m1.csv", first), ("fig.csv", figures), ("m2.csv", second)] {
                try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            }
            let ingest = try Tipdb.run(["ingest", "src.csv", "m1.csv", "fig.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            try body(dir)
        }
    }

    private func definition(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "--format", "csv", "SELECT definition FROM measures WHERE code = 'fl-adult-rate'"], in: dir).stdout
    }

    @Test("another definition is refused at its cell, naming the figure and both texts; the database and the brief keep the stored one")
    func refused() throws {
        try loaded { dir in
            let ingest = try Tipdb.run(["ingest", "m2.csv"], in: dir)
            #expect(ingest.status == 1, "\(ingest.stdout)")
            #expect(ingest.stderr.contains(
                "m2.csv:2:72: definition: measure \"fl-adult-rate\" is stated by 1 stored figure (nfls-rate), whose numbers were read against its definition \"Adults 15+ in forced labour in the reference week, per 1,000 adults 15+ (weighted).\"; this row gives it another (\"Adults 18+ in forced labour in the last 5 years, per 1,000 adults 18+ (unweighted).\"), which briefs would print for those figures; expected the definition as stored, a new code for a measure defined otherwise (such as fl-adult-rate-2), or --correction if the stored text was a slip"),
                "\(ingest.stderr)")
            #expect(try definition(in: dir).contains("per 1,000 adults 15+ (weighted)"))
            // A row refused changes nothing, so keeps no revision.
            let kept = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n FROM measure_revisions"], in: dir)
            #expect(kept.stdout.contains("n\r\n0") || kept.stdout.contains("n\n0"), "\(kept.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.stdout.contains("Adults 15+ in forced labour in the reference week"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("(unweighted)"), "\(brief.stdout)")
        }
    }

    @Test("with --correction the new text loads, and a warning quotes the text replaced and the batch whose file holds it")
    func corrected() throws {
        try loaded { dir in
            let ingest = try Tipdb.run(["ingest", "--correction", "m2.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(ingest.stdout.contains("m2.csv: 1 read, 0 inserted, 1 updated"), "\(ingest.stdout)")
            #expect(ingest.stderr.contains(
                "m2.csv:2:72: definition: measure \"fl-adult-rate\", stated by 1 stored figure (nfls-rate), was defined as \"Adults 15+ in forced labour in the reference week, per 1,000 adults 15+ (weighted).\" (batch 1: m1.csv), kept in measure_revisions; loaded as written (--correction), so briefs print this row's definition for those figures, and tipdb report lineage KEY names the earlier one"),
                "\(ingest.stderr)")
            #expect(try definition(in: dir).contains("per 1,000 adults 18+ (unweighted)"))
        }
    }

    /// Review of session 54: after --correction the old text was gone but for the earlier batch's file.
    @Test("with --correction measure_revisions keeps the text replaced, and report lineage names it under the figure")
    func correctionKept() throws {
        try loaded { dir in
            #expect(try Tipdb.run(["ingest", "--correction", "m2.csv"], in: dir).status == 0)
            let kept = try Tipdb.run(["sql", "--format", "json", """
                SELECT measure, batch_id, kind, label, counts, concept, definition, parent, default_unit, previous_batch_id,
                    revised_at = (SELECT started_at FROM ingest_batches WHERE id = 4) AS at_load
                FROM measure_revisions
                """], in: dir)
            #expect(kept.status == 0, "\(kept.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(kept.stdout.utf8)) as? [[String: Any]], "\(kept.stdout)")
            #expect(rows.count == 1, "\(kept.stdout)")
            let row = try #require(rows.first)
            #expect(row["measure"] as? String == "fl-adult-rate")
            #expect(row["kind"] as? String == "correction")
            #expect(row["definition"] as? String == "Adults 15+ in forced labour in the reference week, per 1,000 adults 15+ (weighted).")
            #expect(row["label"] as? String == "Forced labour prevalence (adults 15+)")
            #expect(row["counts"] as? String == "rate" && row["concept"] as? String == "forced-labour")
            #expect(row["parent"] as? String == "forced-labour" && row["default_unit"] as? String == "per-1000")
            #expect(row["previous_batch_id"] as? Int == 1 && row["batch_id"] as? Int == 4, "\(row)")

            let lineage = try Tipdb.run(["report", "lineage", "nfls-rate"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains(
                "measure fl-adult-rate was labelled \"Forced labour prevalence (adults 15+)\" and defined as \"Adults 15+ in forced labour in the reference week, per 1,000 adults 15+ (weighted).\" (batch 1: m1.csv) until batch 4 (m2.csv) corrected it (--correction) to: labelled \"Forced labour prevalence (adults 18+)\" and defined as \"Adults 18+ in forced labour in the last 5 years, per 1,000 adults 18+ (unweighted).\""),
                "\(lineage.stdout)")

            // --format json gives the same under the figure, with what the measure held.
            let json = try Tipdb.run(["report", "lineage", "nfls-rate", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let chain = try #require(document["chain"] as? [[String: Any]])
            let revisions = try #require(chain.first?["measureRevisions"] as? [[String: Any]], "\(json.stdout)")
            #expect(revisions.count == 1)
            let revision = try #require(revisions.first)
            #expect(revision["definition"] as? String == "Adults 15+ in forced labour in the reference week, per 1,000 adults 15+ (weighted).")
            #expect(revision["correction"] as? Bool == true && revision["changedBy"] as? Int == 4 && revision["loadedBy"] as? Int == 1)
            #expect(revision["changedFrom"] as? String == "m2.csv" && revision["loadedFrom"] as? String == "m1.csv", "\(revision)")
            #expect((revision["text"] as? String)?.hasPrefix("measure fl-adult-rate was labelled") == true, "\(revision)")
        }
    }

    @Test("a new label alone still updates the measure, with no warning")
    func relabelled() throws {
        try loaded { dir in
            let relabelled = first.replacingOccurrences(of: "prevalence (adults 15+)", with: "rate (adults 15+)")
            try Data(relabelled.utf8).write(to: dir.appendingPathComponent("m3.csv"))
            let ingest = try Tipdb.run(["ingest", "m3.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(ingest.stdout.contains("m3.csv: 1 read, 0 inserted, 1 updated"), "\(ingest.stdout)")
            #expect(!ingest.stderr.contains("definition"), "\(ingest.stderr)")
            // The label replaced is kept too, as a revision, and lineage names it.
            let kept = try Tipdb.run(["sql", "--format", "csv", "SELECT kind, label FROM measure_revisions"], in: dir)
            #expect(kept.stdout.contains("revision,Forced labour prevalence (adults 15+)"), "\(kept.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "nfls-rate"], in: dir)
            #expect(lineage.stdout.contains(
                "measure fl-adult-rate was labelled \"Forced labour prevalence (adults 15+)\" (batch 1: m1.csv) until batch 4 (m3.csv) changed it to: labelled \"Forced labour rate (adults 15+)\""),
                "\(lineage.stdout)")
        }
    }
}
