import Foundation
import Testing

/// `fraction-as-percent`: shares in percent typed as fractions (0.32 for 32%, as a spreadsheet's
/// `=B2/B10` gives) loaded without a word, and the brief printed "0.32%" (review "supply" of
/// session 53, defect 1). Ingest warns at the value of the group's first share, check lists the
/// group; a real small share among larger ones, or one whose quote shows it as a percent, is not named.
@Suite("fraction-as-percent: every share of a group at most 1 (built binary)")
struct FractionAsPercentTests {
    static let sources = """
        key,kind,title,publisher,date,url,accessed
        src-a,report,Forced labour by sector,Institute A,2022,https://a.example.org,2026-12-01

        """
    /// Sectors typed as fractions; Nepal's forms with a real small share beside large ones; Peru's
    /// lone small share whose quote shows it so; India's lone fraction.
    static let figures = """
        key,measure,value,unit,place,period,source,locator,quote,notes
        f-services,forced-labour,0.32,percent,WLD,2021,src-a,p. 3,,Sector share: services
        f-manufacturing,forced-labour,0.18,percent,WLD,2021,src-a,p. 3,,Sector share: manufacturing
        f-agriculture,forced-labour,0.12,percent,WLD,2021,src-a,p. 3,,Sector share: agriculture
        npl-organs,detected-trafficking-victims,0.2,percent,NPL,2021,src-a,p. 4,,Share for organ removal
        npl-sex,detected-trafficking-victims,50,percent,NPL,2021,src-a,p. 4,,Share for sexual exploitation
        per-organs,detected-trafficking-victims,0.3,percent,PER,2021,src-a,p. 5,0.3 % of detected victims,Share for organ removal
        ind-share,detected-trafficking-victims,0.45,percent,IND,2021,src-a,p. 6,,Share of children

        """

    static let message = "every share (unit percent) of one source, measure, place and period is at most 1: most often fractions "
        + "typed for percents (0.32 for 32%, as a spreadsheet's =B2/B10 or pandas' share gives), which a brief prints as 0.32%; if so, "
        + "write them as percents (32, or 32%) and load the file again; if the source prints them so, give each the quote that shows "
        + "it (0.3%), which ends this warning (kept as loaded)"

    private func load(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "frac.csv", in: dir)
        return try Tipdb.run(["ingest", "sources.csv", "frac.csv"], in: dir)
    }

    @Test("ingest warns at the value of each group's first share, naming every share of it; loaded, exit 0")
    func ingest() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let warnings = IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("fraction-as-percent") }
            #expect(warnings == [
                "warning: frac.csv:2:26: fraction-as-percent: f-services (0.32), f-manufacturing (0.18), f-agriculture (0.12): "
                    + "src-a, forced-labour, WLD, 2021: \(Self.message)",
                "warning: frac.csv:8:40: fraction-as-percent: ind-share (0.45): src-a, detected-trafficking-victims, IND, 2021: \(Self.message)",
            ], "\(loaded.stderr)")
            #expect((loaded.stdout + loaded.stderr).contains("frac.csv: 7 read, 7 inserted"), "\(loaded.stdout)")
        }
        try percentsLoadClean()
    }

    @Test("check lists the two groups; a share of 0.2% beside 50% and one quoted as 0.3 % are not named")
    func check() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains(
                "warning: fraction-as-percent: \(Self.message) (2)\n"
                    + "  f-services (0.32), f-manufacturing (0.18), f-agriculture (0.12): src-a, forced-labour, WLD, 2021\n"
                    + "  ind-share (0.45): src-a, detected-trafficking-victims, IND, 2021\n"), "\(check.stdout)")
            #expect(!check.stdout.contains("npl-organs"), "\(check.stdout)")
            #expect(!check.stdout.contains("per-organs"), "\(check.stdout)")
            let rules = try Tipdb.run(["check", "--list-rules"], in: dir)
            #expect(rules.stdout.contains("fraction-as-percent"), "\(rules.stdout)")
        }
    }

    /// The same shares written as percents load without the warning, and the Fixtures are clean of it.
    private func percentsLoadClean() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
            let fixed = Self.figures.replacingOccurrences(of: ",0.32,", with: ",32,").replacingOccurrences(of: ",0.18,", with: ",18,")
                .replacingOccurrences(of: ",0.12,", with: ",12%,").replacingOccurrences(of: ",0.45,", with: ",45,")
            try IngestPartWarningTests.write(fixed, "pct.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "pct.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(!loaded.stderr.contains("fraction-as-percent"), "\(loaded.stderr)")
        }
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("fraction-as-percent"), "\(check.stdout)")
        }
    }
}
