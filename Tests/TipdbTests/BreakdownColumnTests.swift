import Foundation
import Testing

/// A figures file's `breakdown` column (`citizenship: Viet Nam`, `sector: manufacturing`): before
/// it only the GLOTIP import could restrict a figure beyond sex, age group and form, so a count of
/// one nationality became the country's key figure "for everyone", ingest advised retracting one
/// of two correct numbers, and sector shares were listed under one label (reviews "witness" and
/// "supply" of session 53).
@Suite("figures files state a figure's breakdown (built binary)")
struct BreakdownColumnTests {
    static let nrmSource = """
        key,title,authors,publisher,date,url,accessed
        ukho-nrm-2023,"Modern Slavery: National Referral Mechanism statistics UK, end of year summary 2023",Home Office,Home Office,2024-03-07,https://www.gov.uk/x,2026-12-01

        """
    static let nrmFigures = """
        key,measure,value,unit,place,period,source,locator,quote,notes,breakdown
        nrm-2023-gbr-total,detected-trafficking-victims,17004,persons,GBR,2023,ukho-nrm-2023,"Table 1, p. 4","17,004 potential victims",All nationalities,
        nrm-2023-gbr-vnm,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,"Table 8, p. 12","1,000 Vietnamese nationals",Vietnamese nationals only,citizenship: Viet Nam

        """

    private func loadNRM(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.nrmSource, "nrm-src.csv", in: dir)
        try IngestPartWarningTests.write(Self.nrmFigures, "nrm-fig.csv", in: dir)
        return try Tipdb.run(["ingest", "nrm-src.csv", "nrm-fig.csv"], in: dir)
    }

    @Test("a nationality count is stored with its breakdown, is no second number for the total, and never the key figure")
    func nationality() throws {
        try withTemporaryDirectory { dir in
            let loaded = try loadNRM(in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(!loaded.stderr.contains("same-figure-twice"), "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, dimension, category, place FROM figure_breakdowns"], in: dir)
            #expect(stored.stdout == "figure,dimension,category,place\r\nnrm-2023-gbr-vnm,citizenship,VNM,VNM\r\n", "\(stored.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| Detected victims of trafficking | United Kingdom | 17,004 |"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("| Detected victims of trafficking | United Kingdom | 1,000 |"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Caution (same-figure)"), "\(brief.stdout)")
            #expect(brief.stdout.contains("| 1,000 |  | United Kingdom | 2023 | citizenship: Viet Nam |"), "\(brief.stdout)")
            let csv = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--format", "csv"], in: dir)
            let lines = csv.stdout.split(separator: "\r\n")
            #expect(lines.first?.hasSuffix(",period_basis,later_edition,breakdown,share_of") == true, "\(csv.stdout)")
            #expect(lines.contains { $0.hasPrefix("nrm-2023-gbr-vnm,") && $0.hasSuffix(",stated,,citizenship: VNM,") }, "\(csv.stdout)")
            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"subgroup\": \"citizenship: Viet Nam\", \"breakdown\": \"citizenship: VNM\", "), "\(json.stdout)")
        }
    }

    @Test("a breakdown that names one of the figure's own columns, no dimension, or a dimension twice is refused at its cell")
    func refused() throws {
        try withTemporaryDirectory { dir in
            #expect(try loadNRM(in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,breakdown
                b1,detected-trafficking-victims,10,persons,GBR,2023,ukho-nrm-2023,sex: female
                b2,detected-trafficking-victims,10,persons,GBR,2023,ukho-nrm-2023,manufacturing
                b3,detected-trafficking-victims,10,persons,GBR,2023,ukho-nrm-2023,sector: fishing; Sector: farming

                """, "bad.csv", in: dir)
            let bad = try Tipdb.run(["ingest", "bad.csv"], in: dir)
            #expect(bad.status == 1)
            #expect(bad.stderr.contains(
                "bad.csv:2:67: breakdown: dimension \"sex\" is the figure's own sex column; expected it there, and in breakdown only what no "
                    + "column says (sector, citizenship, means-of-control)"), "\(bad.stderr)")
            #expect(bad.stderr.contains(
                "bad.csv:3:67: breakdown: \"manufacturing\" names no dimension; expected dimension: category pairs separated by semicolons, "
                    + "such as sector: manufacturing or citizenship: Viet Nam; sector: fishing (an empty cell: no breakdown)"), "\(bad.stderr)")
            #expect(bad.stderr.contains("bad.csv:4:67: breakdown: dimension sector is given twice; expected one category per dimension"),
                    "\(bad.stderr)")
            // A column named for the breakdown's dimension is pointed to the breakdown column.
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source,citizenship\nx,detected-trafficking-victims,1000,persons,GBR,2023,ukho-nrm-2023,VNM\n", "cz.csv", in: dir)
            let column = try Tipdb.run(["ingest", "cz.csv"], in: dir)
            #expect(column.status == 1)
            #expect(column.stderr.contains("cz.csv:1:44: unknown column \"citizenship\"; did you mean \"breakdown\"?"), "\(column.stderr)")
        }
    }

    @Test("exported with README's query and loaded into a fresh database, a figure keeps its breakdown; loaded again, unchanged; a changed one is an update")
    func roundTrip() throws {
        try withTemporaryDirectory { dir in
            #expect(try loadNRM(in: dir).status == 0)
            let export = try Tipdb.run(["sql", "--format", "csv", ExportToAnotherDatabaseTests.query], in: dir)
            #expect(export.status == 0, "\(export.stderr)")
            #expect(export.stdout.contains(",citizenship: VNM\r\n"), "\(export.stdout)")
            try IngestPartWarningTests.write(export.stdout, "export.csv", in: dir)
            let again = try Tipdb.run(["ingest", "export.csv"], in: dir)
            #expect(again.stdout.contains("export.csv: 2 read, 0 inserted, 0 updated, 2 unchanged"), "\(again.stdout)\(again.stderr)")

            let other = dir.appendingPathComponent("other")
            try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
            #expect(try Tipdb.run(["init"], in: other).status == 0)
            try IngestPartWarningTests.write(export.stdout, "export.csv", in: other)
            try IngestPartWarningTests.write(Self.nrmSource, "nrm-src.csv", in: other)
            let fresh = try Tipdb.run(["ingest", "nrm-src.csv", "export.csv"], in: other)
            #expect(fresh.status == 0, "\(fresh.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, dimension, category, place FROM figure_breakdowns"], in: other)
            #expect(stored.stdout == "figure,dimension,category,place\r\nnrm-2023-gbr-vnm,citizenship,VNM,VNM\r\n", "\(stored.stdout)")

            try IngestPartWarningTests.write(Self.nrmFigures.replacingOccurrences(of: "citizenship: Viet Nam", with: "citizenship: Albania"), "changed.csv", in: dir)
            let changed = try Tipdb.run(["ingest", "changed.csv"], in: dir)
            #expect(changed.stdout.contains("changed.csv: 2 read, 0 inserted, 1 updated, 1 unchanged"), "\(changed.stdout)\(changed.stderr)")
            let now = try Tipdb.run(["sql", "--format", "csv", "SELECT category FROM figure_breakdowns"], in: dir)
            #expect(now.stdout == "category\r\nALB\r\n", "\(now.stdout)")
        }
    }

    /// The reviewer's sector shares, each with its sector as a breakdown and as an x_ column.
    static let sectors = """
        key,measure,value,unit,place,period,form,source,study,method,notes,breakdown,x_sector
        s-services,forced-labour-private,32,percent,WLD,2021,privately-imposed-forced-labour,ilo-wf-iom-2022-global-estimates,ilo-wf-iom-2022-modern-slavery-estimate,estimated,Share of adults in forced labour exploitation.,sector: services,services
        s-manufacturing,forced-labour-private,18,percent,WLD,2021,privately-imposed-forced-labour,ilo-wf-iom-2022-global-estimates,ilo-wf-iom-2022-modern-slavery-estimate,estimated,Share of adults in forced labour exploitation.,sector: manufacturing,manufacturing

        """

    @Test("the brief's studies name each share's sector, and its CSV and JSON carry the x_ columns")
    func sectorShares() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try IngestPartWarningTests.write(Self.sectors, "sectors.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "sectors.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let arguments = ["report", "brief", "--measure", "forced-labour-private", "--period", "2021", "--date", "2026-12-06"]
            let md = try Tipdb.run(arguments, in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains(
                "- 18%: Privately imposed forced labour exploitation, World, 2021 (privately imposed forced labour; sector: manufacturing) [1]\n"),
                "\(md.stdout)")
            #expect(md.stdout.contains(
                "- 32%: Privately imposed forced labour exploitation, World, 2021 (privately imposed forced labour; sector: services) [1]\n"),
                "\(md.stdout)")
            let csv = try Tipdb.run(arguments + ["--format", "csv"], in: dir)
            let lines = csv.stdout.split(separator: "\r\n")
            #expect(lines.first?.hasSuffix(",period_basis,later_edition,breakdown,share_of,x_sector") == true, "\(csv.stdout)")
            #expect(lines.contains { $0.hasPrefix("s-services,") && $0.hasSuffix(",stated,,sector: services,,services") }, "\(csv.stdout)")
            let json = try Tipdb.run(arguments + ["--format", "json"], in: dir)
            #expect(json.stdout.contains("\"extra\": {\"x_sector\":\"services\"}}"), "\(json.stdout)")
        }
    }

    @Test("a share without a breakdown is listed among a study's findings with what it is a share of, as its notes say")
    func shareOfNotes() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let md = try Tipdb.run(["report", "brief", "--measure", "forced-labour", "--period", "2021", "--date", "2026-12-06"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            #expect(md.stdout.contains("- 12%: Forced labour, World, 2021 (children): Children as a share of all people in forced labour. [1]\n"),
                    "\(md.stdout)")
        }
    }
}
