import Foundation
import Testing

/// Figures of the parts of a country (`subdivision: England`) as subgroups of the country's
/// figure: the parts tipdb lists do not overlap, so they add up to no more than the country
/// (`parts-above-total`), and one part's figure under two keys is one figure twice
/// (`same-figure-twice`). Until session 66 both rules left every figure with a breakdown out.
@Suite("parts of a country: their sum against the country's figure, and one part under two keys (built binary)")
struct SubdivisionSumTests {
    /// Referrals by nation beside the United Kingdom's, 2023: England, Scotland and Wales add up
    /// to 17,100 beside 17,000; `eng-copy` is England's figure typed again. In 2022 nothing adds up
    /// to more: England and Wales holds England, and London lies in it, so neither is added.
    static let figures = """
        key,measure,value,place,period,source,breakdown
        uk,detected-trafficking-victims,17000,GBR,2023,nrm-2023,
        eng,detected-trafficking-victims,15000,GBR,2023,nrm-2023,subdivision: England
        eng-copy,detected-trafficking-victims,15000,GBR,2023,nrm-2023,subdivision: england
        sco,detected-trafficking-victims,900,GBR,2023,nrm-2023,subdivision: Scotland
        wal,detected-trafficking-victims,1200,GBR,2023,nrm-2023,subdivision: Wales
        uk-22,detected-trafficking-victims,17000,GBR,2022,nrm-2023,
        eng-22,detected-trafficking-victims,15000,GBR,2022,nrm-2023,subdivision: England
        ew-22,detected-trafficking-victims,16200,GBR,2022,nrm-2023,subdivision: England and Wales
        lon-22,detected-trafficking-victims,5000,GBR,2022,nrm-2023,subdivision: London
        sco-22,detected-trafficking-victims,900,GBR,2022,nrm-2023,subdivision: Scotland

        """

    static let sumRow = "eng (15000) + sco (900) + wal (1200) = 17100 > uk (17000)"
    static let sameRow = "eng (15000) and eng-copy (15000) from nrm-2023 (breakdown subdivision: England\(hint)): the same number under two keys"
    static let hint = "; if they count different things, such as victims by state of origin and by state where rescued, give each its own "
        + "dimension, state-of-origin: Edo"

    private func load(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(SubdivisionBreakdownTests.sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "fig.csv", in: dir)
        return try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
    }

    /// check's rows under its warning `rule`.
    private func checkRows(_ rule: String, in dir: URL) throws -> [String] {
        let check = try Tipdb.run(["check"], in: dir)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        return check.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("warning: \(rule):") }.dropFirst()
            .prefix { $0.hasPrefix("  ") }.map { String($0.dropFirst(2)) }
    }

    @Test("ingest and check name the parts that add up to more than their country, and one part's figure under two keys")
    func checkAndIngest() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let warnings = IngestPartWarningTests.warnings(loaded.stderr)
            #expect(warnings.contains("warning: fig.csv:3:34: parts-above-total: \(Self.sumRow): \(IngestPartWarningTests.sumMessage)"),
                    "\(loaded.stderr)")
            #expect(warnings.contains("warning: fig.csv:3:1: same-figure-twice: \(Self.sameRow): \(SameFigureTwiceTests.message)"),
                    "\(loaded.stderr)")
            #expect(warnings.count == 2, "\(loaded.stderr)")
            #expect(try checkRows("parts-above-total", in: dir) == [Self.sumRow])
            #expect(try checkRows("same-figure-twice", in: dir) == [Self.sameRow])
        }
    }

    @Test("the brief of the country cautions about both, naming each part")
    func brief() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--place", "GBR", "--date", "2026-12-07"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("""
                the subgroups subdivision: England (15,000), subdivision: Scotland (900) and subdivision: Wales (1,200) add up to \
                17,100, more than the total they are part of (17,000).
                """), "\(brief.stdout)")
            #expect(brief.stdout.contains("""
                gives 15,000 once, but the database holds it under two keys, eng and eng-copy: the same figure stored twice
                """), "\(brief.stdout)")
        }
    }

    @Test("one state's figure typed twice is named whatever its notes, with how to tell apart figures that count different things; women of two nations above all the country's people are named")
    func notesAndBroaderTotal() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(SubdivisionBreakdownTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,place,period,source,breakdown,sex,notes
                ng,detected-trafficking-victims,1000,NGA,2023,nrm-2023,,,
                edo-origin,detected-trafficking-victims,300,NGA,2023,nrm-2023,state-of-origin: Edo,,victims by state of origin
                edo-rescued,detected-trafficking-victims,120,NGA,2023,nrm-2023,subdivision: Edo,,victims by state where rescued
                edo-copy,detected-trafficking-victims,120,NGA,2023,nrm-2023,subdivision: Edo,,Table 3
                uk,detected-trafficking-victims,17000,GBR,2023,nrm-2023,,,
                engf,detected-trafficking-victims,9000,GBR,2023,nrm-2023,subdivision: England,female,
                walf,detected-trafficking-victims,8500,GBR,2023,nrm-2023,subdivision: Wales,female,

                """, "fig.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(try checkRows("same-figure-twice", in: dir) == [
                "edo-copy (120) and edo-rescued (120) from nrm-2023 (breakdown subdivision: Edo\(Self.hint)): the same number under two keys",
            ])
            #expect(try checkRows("parts-above-total", in: dir) == ["engf (9000) + walf (8500) = 17500 > uk (17000)"])
        }
    }

    @Test("a part that differs, or the country's own figure, is no second key of one figure; mended, the parts pass")
    func mended() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            #expect(try Tipdb.run(["retract", "eng-copy", "--reason", "typed twice"], in: dir).status == 0)
            try IngestPartWarningTests.write("""
                key,measure,value,place,period,source,breakdown
                sco,detected-trafficking-victims,800,GBR,2023,nrm-2023,subdivision: Scotland

                """, "mend.csv", in: dir)
            let mend = try Tipdb.run(["ingest", "mend.csv"], in: dir)
            #expect(mend.status == 0, "\(mend.stderr)")
            #expect(IngestPartWarningTests.warnings(mend.stderr).isEmpty, "\(mend.stderr)")
            #expect(try checkRows("parts-above-total", in: dir).isEmpty)
            #expect(try checkRows("same-figure-twice", in: dir).isEmpty)
        }
    }
}
