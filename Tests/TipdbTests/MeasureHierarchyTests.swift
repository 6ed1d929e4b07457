import Foundation
import Testing

/// Forced labour in the private economy is defined "including forced commercial sexual
/// exploitation" (ILO 2012: 18.7 million = 14.2 million forced labour exploitation + 4.5 million
/// forced sexual exploitation). Until m0037 it was a sibling of its own two parts under forced
/// labour: `--measure forced-labour-private-economy` found 1 figure and none of its parts, and a
/// sum of forced labour's parts counted the private economy twice.
@Suite("measures: forced labour's sub-measures nest as defined (m0037, built binary)")
struct MeasureHierarchyTests {
    private static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
    }

    @Test("the private economy holds privately imposed forced labour and forced commercial sexual exploitation; state-imposed stays beside it")
    func parents() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(["sql", "SELECT code, parent FROM measures WHERE concept = 'forced-labour' AND parent IS NOT NULL ORDER BY code", "--format", "csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.lines(result.stdout) == [
                "code,parent",
                "forced-commercial-sexual-exploitation,forced-labour-private-economy",
                "forced-labour,modern-slavery",
                "forced-labour-private,forced-labour-private-economy",
                "forced-labour-private-economy,forced-labour",
                "state-imposed-forced-labour,forced-labour",
            ])
        }
    }

    @Test("--measure forced-labour-private-economy takes its parts: 9 figures of the Fixtures, not 1")
    func measureTakesItsParts() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--measure", "forced-labour-private-economy", "--format", "csv", "--date", "2026-12-01"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            // The key is the first column; none of these keys holds a comma or a quote.
            let keys = Self.lines(result.stdout).dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }.sorted()
            #expect(keys == [
                "ilo-2005-forced-commercial-sexual-exploitation-female-share-wld",
                "ilo-2005-forced-commercial-sexual-exploitation-wld",
                "ilo-2012-forced-commercial-sexual-exploitation-wld",
                "ilo-2012-forced-labour-private-economy-wld",
                "ilo-2012-forced-labour-private-wld",
                "ilo-wf-iom-2022-forced-commercial-sexual-exploitation-wld",
                "ilo-wf-iom-2022-forced-labour-private-wld",
                "ilo-wff-2017-forced-commercial-sexual-exploitation-wld",
                "ilo-wff-2017-forced-labour-private-wld",
            ])
            let brief = try Tipdb.run(["report", "brief", "--measure", "forced-labour-private-economy", "--date", "2026-12-01"], in: dir)
            #expect(brief.stdout.contains("Scope: Forced labour in the private economy (with its sub-measures); all places; all reference years"))
            #expect(brief.stdout.contains("- **Privately imposed forced labour exploitation** (prevalence estimate; concept: forced labour; part of Forced labour in the private economy)."))
            #expect(brief.stdout.contains("- **Forced commercial sexual exploitation** (prevalence estimate; concept: forced labour; part of Forced labour in the private economy)."))
        }
    }

    @Test("check finds no part above its whole over the Fixtures: 2021's 17.3 + 6.3 million and 2002-2011's 18.7 million are different periods")
    func checkGainsNoError() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["check"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.lines(result.stdout).last == "tipdb.sqlite: 0 errors, 4 warnings", "\(result.stdout)")
            #expect(!(result.stdout + result.stderr).contains("measure-above-whole"))
        }
    }
}
