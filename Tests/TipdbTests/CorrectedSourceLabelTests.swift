import Foundation
import Testing

/// A correction's earlier source is never named in a brief (briefs do not print corrections), so
/// it must not take part in the year letters of the brief's labels: counted, it made the brief's
/// only ILO 2024 source "ILO 2024b", and a reader looked for an "ILO 2024a" that is not in it.
/// `report lineage`, which names it, letters both.
@Suite("a correction's earlier source letters no label in a brief, and does in report lineage (built binary)")
struct CorrectedSourceLabelTests {
    static let sources = """
        key,kind,title,publisher,date,url,accessed
        ilo-2024-a,report,"Profits and Poverty: The Economics of Forced Labour",ILO,2024-03,https://www.ilo.org/profits,2026-11-29
        ilo-2024-b,report,"Annual Report on Forced Labour",ILO,2024-06,https://www.ilo.org/annual,2026-11-29

        """
    /// Typed with the wrong number and cited to the wrong ILO report of 2024.
    static let figures = """
        key,measure,value,unit,place,period,source,method
        profits-2021,forced-labour-profits,236 billion,USD,WLD,2021,ilo-2024-b,estimated

        """
    /// The analyst's fix: the number and the source the profits estimate is published in.
    static let fixed = """
        key,measure,value,unit,place,period,source,method
        profits-2021,forced-labour-profits,237 billion,USD,WLD,2021,ilo-2024-a,estimated

        """

    private func load(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        for (name, text) in [("sources.csv", Self.sources), ("figures.csv", Self.figures), ("fixed.csv", Self.fixed)] {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        for arguments in [["sources.csv", "figures.csv"], ["--correction", "fixed.csv"]] {
            let out = try Tipdb.run(["ingest", "--quiet"] + arguments, in: dir)
            #expect(out.status == 0, "\(out.stderr)")
        }
    }

    @Test("the brief and report sources --measure label the one source they can cite without a letter")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("ILO 2024 [1]"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("ILO 2024a") && !brief.stdout.contains("ILO 2024b"), "\(brief.stdout)")
            // With a filter, `report sources` lists what a brief with it can cite (without one, the whole database).
            let sources = try Tipdb.run(["report", "sources", "--measure", "forced-labour-profits"], in: dir)
            #expect(sources.status == 0, "\(sources.stderr)")
            #expect(sources.stdout.contains("- ILO (2024). Profits and Poverty"), "\(sources.stdout)")
            #expect(!sources.stdout.contains("Annual Report on Forced Labour"), "\(sources.stdout)")
        }
    }

    @Test("report lineage names the earlier source, lettered apart from the figure's")
    func lineage() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let lineage = try Tipdb.run(["report", "lineage", "profits-2021"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            let line = try #require(lineage.stdout.split(separator: "\n").first { $0.contains("corrected from") }, "\(lineage.stdout)")
            // Lettered by title (session 52): "Annual Report on Forced Labour" is 2024a, "Profits and Poverty" 2024b.
            #expect(line.contains("ILO 2024a ["), "\(line)")
            #expect(lineage.stdout.contains("ILO 2024b"), "\(lineage.stdout)")
        }
    }
}
