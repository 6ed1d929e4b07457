import Foundation
import Testing

/// Parts against a whole that has an interval: each part at the low end of its interval, the whole
/// at the high end of its own, in `parts-above-whole`, `parts-above-total`,
/// `countries-above-region` and `subgroup-above-total` alike. The whole was taken at its point estimate, so forced labour
/// 27,000 and forced marriage 22,000 (the lower bounds of their 95 % intervals) beside modern
/// slavery of 40,000 (38,000 to 50,000) were warned about at ingest and in check, and the brief
/// called estimates that agree within their uncertainty "wrong" (a statistician's review, session 54).
@Suite("Parts beside a whole with an interval: the whole at its upper bound (built binary)")
struct IntervalWholeTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,accessed
        mse-team-2026,report,Country MSE estimates of trafficking victims,Okafor; Tran,Institute B,2026-06-01,https://example.org/mse,2026-12-01

        """

    /// The review's figures: each sum of lower bounds lies inside its whole's 95 % interval.
    static let consistent = """
        key,measure,value,low,high,ci_level,unit,place,period,sex,source,quote,locator
        npl-ms,modern-slavery,"40,000","38,000","50,000",95,persons,NPL,2021,total,mse-team-2026,"40,000 (95% CI 38,000-50,000)",T5
        npl-fl,forced-labour,"30,000","27,000","33,000",95,persons,NPL,2021,total,mse-team-2026,"30,000 (95% CI 27,000-33,000)",T5
        npl-fm,forced-marriage,"25,000","22,000","26,000",95,persons,NPL,2021,total,mse-team-2026,"25,000 (95% CI 22,000-26,000)",T5
        fra,trafficking-victims,"8,000","6,000","10,000",95,persons,FRA,2018,total,mse-team-2026,"8,000 (95% CI 6,000-10,000)",T6
        fra-f,trafficking-victims,"6,000","5,000","7,000",95,persons,FRA,2018,female,mse-team-2026,"6,000 (95% CI 5,000-7,000)",T6
        fra-m,trafficking-victims,"5,000","4,000","6,000",95,persons,FRA,2018,male,mse-team-2026,"5,000 (95% CI 4,000-6,000)",T6
        weu,trafficking-victims,"10,500","9,000","20,000",95,persons,M49-155,2019,total,mse-team-2026,"10,500 (95% CI 9,000-20,000)",T7
        deu-19,trafficking-victims,"8,000","7,000","9,000",95,persons,DEU,2019,total,mse-team-2026,"8,000 (95% CI 7,000-9,000)",T7
        fra-19,trafficking-victims,"6,000","5,800","6,500",95,persons,FRA,2019,total,mse-team-2026,"6,000 (95% CI 5,800-6,500)",T7
        fra-17,trafficking-victims,"8,000","6,000","10,000",95,persons,FRA,2017,total,mse-team-2026,"8,000 (95% CI 6,000-10,000)",T8
        fra-17-f,trafficking-victims,"9,000","8,500","11,000",95,persons,FRA,2017,female,mse-team-2026,"9,000 (95% CI 8,500-11,000)",T8

        """

    /// The same parts beside wholes whose upper bounds their lower bounds still exceed.
    static let beyond = """
        key,measure,value,low,high,ci_level,unit,place,period,sex,source,quote,locator
        npl-ms,modern-slavery,"40,000","38,000","42,000",95,persons,NPL,2021,total,mse-team-2026,"40,000 (95% CI 38,000-42,000)",T5
        npl-fl,forced-labour,"30,000","27,000","33,000",95,persons,NPL,2021,total,mse-team-2026,"30,000 (95% CI 27,000-33,000)",T5
        npl-fm,forced-marriage,"25,000","22,000","26,000",95,persons,NPL,2021,total,mse-team-2026,"25,000 (95% CI 22,000-26,000)",T5
        fra,trafficking-victims,"8,000","6,000","8,500",95,persons,FRA,2018,total,mse-team-2026,"8,000 (95% CI 6,000-8,500)",T6
        fra-f,trafficking-victims,"6,000","5,000","7,000",95,persons,FRA,2018,female,mse-team-2026,"6,000 (95% CI 5,000-7,000)",T6
        fra-m,trafficking-victims,"5,000","4,000","6,000",95,persons,FRA,2018,male,mse-team-2026,"5,000 (95% CI 4,000-6,000)",T6
        weu,trafficking-victims,"10,500","9,000","12,000",95,persons,M49-155,2019,total,mse-team-2026,"10,500 (95% CI 9,000-12,000)",T7
        deu-19,trafficking-victims,"8,000","7,000","9,000",95,persons,DEU,2019,total,mse-team-2026,"8,000 (95% CI 7,000-9,000)",T7
        fra-19,trafficking-victims,"6,000","5,800","6,500",95,persons,FRA,2019,total,mse-team-2026,"6,000 (95% CI 5,800-6,500)",T7
        fra-17,trafficking-victims,"8,000","6,000","8,200",95,persons,FRA,2017,total,mse-team-2026,"8,000 (95% CI 6,000-8,200)",T8
        fra-17-f,trafficking-victims,"9,000","8,500","11,000",95,persons,FRA,2017,female,mse-team-2026,"9,000 (95% CI 8,500-11,000)",T8

        """

    private func load(_ figures: String, in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write(Self.sources, "s.csv", in: dir)
        try IngestPartWarningTests.write(figures, "f.csv", in: dir)
        return try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
    }

    @Test("lower bounds that add up to no more than the whole's upper bound: no warning at ingest or in check, no caution")
    func withinTheWholesInterval() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(Self.consistent, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            for rule in ["parts-above-whole", "parts-above-total", "countries-above-region", "place-above-region", "subgroup-above-total"] {
                #expect(!loaded.stderr.contains("\(rule):"), "\(loaded.stderr)")
            }
            let check = try Tipdb.run(["check"], in: dir)
            for rule in ["parts-above-whole", "parts-above-total", "countries-above-region", "place-above-region", "subgroup-above-total"] {
                #expect(!check.stdout.contains("warning: \(rule):"), "\(check.stdout)")
            }
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("Caution (subgroups)"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Caution (places)"), "\(brief.stdout)")
        }
    }

    @Test("lower bounds above the whole's upper bound: check names the bound each number was counted as")
    func beyondTheWholesInterval() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(Self.beyond, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            for row in [
                "npl-fl (30000, counted as 27000) + npl-fm (25000, counted as 22000) = 49000 > npl-ms (40000, counted as 42000)",
                "fra-f (6000, counted as 5000) + fra-m (5000, counted as 4000) = 9000 > fra (8000, counted as 8500)",
                "deu-19 (Germany, 8000, counted as 7000) + fra-19 (France, 6000, counted as 5800) = 12800 > weu (Western Europe, 10500, counted as 12000)",
                "fra-17-f (9000, counted as 8500) > fra-17 (8000, counted as 8200)",
            ] {
                #expect(check.stdout.contains("\n  \(row)\n"), "\(check.stdout)")
            }
        }
    }

    /// The lower bound of a 95 % interval is no minimum: "at least" is the wording of a published
    /// minimum (ILO 2005's "at least 2.45 million"), and "female (6,000, at least 5,000)" stated a
    /// certainty no source gave. Each number now comes with its interval, the sum is said to be one
    /// of low ends, and the whole is said to be exceeded even at the high end of its range.
    @Test("the brief's cautions give each interval and never word a lower bound as \"at least\"")
    func briefWording() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(Self.beyond, in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-06"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            for sentence in [
                "the subgroups female (6,000; 5,000 to 7,000, 95% interval) and male (5,000; 4,000 to 6,000, 95% interval) add up to "
                    + "9,000 at the low ends of their ranges, more than the total they are part of (8,000; 6,000 to 8,500, 95% interval), "
                    + "even at the high end of its range.",
                "the measures part of it, Forced labour (30,000; 27,000 to 33,000, 95% interval) and Forced marriage (25,000; 22,000 "
                    + "to 26,000, 95% interval), add up to 49,000 at the low ends of their ranges, more than Modern slavery (40,000; "
                    + "38,000 to 42,000, 95% interval), even at the high end of its range.",
                "the figures for Germany (8,000; 7,000 to 9,000, 95% interval) and France (6,000; 5,800 to 6,500, 95% interval), "
                    + "countries of Western Europe, add up to 12,800 at the low ends of their ranges, more than the figure for Western "
                    + "Europe (10,500; 9,000 to 12,000, 95% interval), a region that contains them, even at the high end of its range.",
                "the subgroup female (9,000; 8,500 to 11,000, 95% interval) is larger than the total it is part of (8,000; 6,000 to "
                    + "8,200, 95% interval).",
            ] {
                #expect(brief.stdout.contains(sentence), "\(brief.stdout)")
            }
            let cautions = brief.stdout.split(separator: "\n").filter { $0.contains("Caution (subgroups)") || $0.contains("Caution (places)") }
            #expect(cautions.count == 4, "\(cautions)")
            #expect(!cautions.contains { $0.contains("at least") }, "\(cautions)")
        }
    }
}
