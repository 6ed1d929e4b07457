import Foundation
import Testing

/// `measure-above-whole` compares a part with every measure it is part of along
/// `measures.parent`, not only its parent: ILO 2017 and 2022 publish privately imposed forced
/// labour exploitation beside forced labour and modern slavery but not the private economy
/// between them, so a 60 million typed for 17.3 million passed ingest, check and the brief
/// without a word, and the key figures printed it under forced labour's 27.6 million (review of
/// session 47, D1).
@Suite("measure-above-whole: every ancestor along measures.parent, in ingest, check and the brief (built binary)")
struct MeasureAncestorTests {
    private static let message = IngestPartWarningTests.partMessage
    private static let flp = "ilo-wf-iom-2022-forced-labour-private-wld (60000000)"

    @Test("the Fixtures with ILO 2022's privately imposed forced labour typed as 60 million: above forced labour and modern slavery")
    func grandparentInFixtures() throws {
        try withTemporaryDirectory { dir in
            let fixtures = repositoryRoot.appendingPathComponent("Fixtures")
            let figures = try String(contentsOf: fixtures.appendingPathComponent("figures.csv"), encoding: .utf8)
            let typed = figures.replacingOccurrences(
                of: "\nilo-wf-iom-2022-forced-labour-private-wld,forced-labour-private,17.3 million,",
                with: "\nilo-wf-iom-2022-forced-labour-private-wld,forced-labour-private,60 million,")
            #expect(typed != figures)
            try IngestPartWarningTests.write(typed, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let paths = ["sources.json", "studies.csv"].map { fixtures.appendingPathComponent($0).path } + ["figures.csv"]
            let loaded = try Tipdb.run(["ingest"] + paths, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let rows = [
                "\(Self.flp) > ilo-wf-iom-2022-forced-labour-wld (27600000) (forced-labour-private is part of forced-labour "
                    + "through forced-labour-private-economy)",
                "\(Self.flp) > ilo-wf-iom-2022-modern-slavery-wld (49600000) (forced-labour-private is part of modern-slavery "
                    + "through forced-labour-private-economy, forced-labour)",
            ]
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("measure-above-whole") }
                        == rows.map { "warning: figures.csv:35:65: measure-above-whole: \($0): \(Self.message)" }, "\(loaded.stderr)")

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: measure-above-whole: \(Self.message) (2)\n" + rows.map { "  \($0)\n" }.joined()),
                    "\(check.stdout)")

            let brief = try Tipdb.run(["report", "brief", "--place", "WLD", "--date", "2026-12-05"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let tail = " Both are kept as published, but a part cannot be larger than its whole: one of the two counts something else "
                + "or is wrong. Say so when citing either."
            #expect(brief.stdout.contains("- **Caution (subgroups).** Forced labour in the world, 2021, ILO et al. 2022 [1]: Privately "
                + "imposed forced labour exploitation (60 million) is larger than Forced labour (27.6 million), a measure it is part of "
                + "through Forced labour in the private economy." + tail), "\(brief.stdout)")
            #expect(brief.stdout.contains("- **Caution (subgroups).** Modern slavery in the world, 2021, ILO et al. 2022 [1]: Privately "
                + "imposed forced labour exploitation (60 million) is larger than Modern slavery (49.6 million), a measure it is part of "
                + "through Forced labour in the private economy and Forced labour." + tail), "\(brief.stdout)")
        }
    }

    @Test("forced commercial sexual exploitation of 50,000 beside modern slavery of 10,000, three levels up, with nothing between")
    func threeLevelsUp() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(IngestPartWarningTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,sex,age_group,source,method,locator
                x-ms,modern-slavery,"10,000",persons,NPL,2020,total,total,x-2021,estimated,p. 1
                x-fcse,forced-commercial-sexual-exploitation,"50,000",persons,NPL,2020,total,total,x-2021,estimated,p. 2

                """, "npl.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let loaded = try Tipdb.run(["ingest", "sources.csv", "npl.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let row = "x-fcse (50000) > x-ms (10000) (forced-commercial-sexual-exploitation is part of modern-slavery "
                + "through forced-labour-private-economy, forced-labour)"
            #expect(IngestPartWarningTests.warnings(loaded.stderr) == ["warning: npl.csv:3:46: measure-above-whole: \(row): \(Self.message)"],
                    "\(loaded.stderr)")
            #expect(try Tipdb.run(["check"], in: dir).stdout.contains("  \(row)\n"))
            let brief = try Tipdb.run(["report", "brief", "--place", "NPL", "--date", "2026-12-05"], in: dir)
            #expect(brief.stdout.contains("Modern slavery in Nepal, 2020, Institute X 2021 [1]: Forced commercial sexual exploitation "
                + "(50,000) is larger than Modern slavery (10,000), a measure it is part of through Forced labour in the private "
                + "economy and Forced labour."), "\(brief.stdout)")
        }
    }
}
