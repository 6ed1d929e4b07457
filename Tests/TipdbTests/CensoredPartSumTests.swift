import Foundation
import Testing

/// A suppressed `<5` part counted as 0 in `parts-above-total`: female 40 and male `<5` beside a
/// total of 40 passed ingest and check, though `<5` is at least 1 (a national statistician's
/// review, session 53). A censored part now adds its low end, 1.
@Suite("parts-above-total: a censored part counts at its low end (built binary)")
struct CensoredPartSumTests {
    static let sources = "key,title,publisher,date,url,accessed\nnso,Crime statistics 2022,National Statistics Office,2022-05-01,https://nso.example.org/,2026-12-01\n"

    /// Total 40, female 40, male `<5` (named); children 38, adults `<5`, unknown `<5` (38 + 1 + 1 = 40, consistent).
    static let figures = """
        key,measure,value,unit,place,period,sex,age_group,source,locator
        t,detected-trafficking-victims,40,persons,TZA,2019,,,nso,T1
        f,detected-trafficking-victims,40,persons,TZA,2019,female,,nso,T1
        m,detected-trafficking-victims,<5,persons,TZA,2019,male,,nso,T1
        c,detected-trafficking-victims,38,persons,TZA,2019,,children,nso,T1
        a,detected-trafficking-victims,<5,persons,TZA,2019,,adults,nso,T1
        u,detected-trafficking-victims,<5,persons,TZA,2019,,unknown,nso,T1

        """

    @Test("female 40 + male <5 above 40 is warned about at ingest and by check; children 38 + adults <5 + unknown <5 = 40 is not")
    func femaleAndSuppressedMale() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "s.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "f.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("parts-above-total") } == [
                "warning: f.csv:3:32: parts-above-total: f (40) + m (<5, counted as 1) = 41 > t (40): \(IngestPartWarningTests.sumMessage)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("warning: parts-above-total: \(IngestPartWarningTests.sumMessage) (1)\n  f (40) + m (<5, counted as 1) = 41 > t (40)\n"),
                    "\(check.stdout)")
        }
    }
}
