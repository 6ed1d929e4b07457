import Foundation
import Testing

/// `tipdb check`'s rules that pair figures of one period compare periods by the days they cover,
/// as `same-figure-twice` and the brief do: `2018`, `2018-01/2018-12` and `2018-01-01/2018-12-31`
/// are one period (copy-differs, series-jump, subgroup-above-total, parts-above-total,
/// measure-above-whole, repeat-changed). Rows print the periods as written and say when the
/// spellings differ; two different years stay two periods.
@Suite("check: periods compared by the days they cover, in every rule that pairs figures (built binary)")
struct CheckPeriodDaysTests {
    static let sources = """
        key,kind,title,publisher,date,notes
        x,report,Survey X,Institute X,2021,
        y,report,Survey Y,Institute Y,2021,
        news,article,Trafficking today,Daily News,2022,
        unodc-own,dataset,Detected victims,UNODC,2025-04-14,
        owid-copy,dataset,Detected victims,United Nations Office on Drugs and Crime,2025,Republished by Our World in Data as detected.csv.

        """

    /// One place per rule, so that each rule's rows are its own: Nepal a subgroup above its total,
    /// India two parts above theirs, Bangladesh a part measure above its whole, Pakistan a series
    /// with 2017 written twice, the Philippines a copy, the world repeats; Sri Lanka's female 2019
    /// is not part of its 2018 total.
    static let figures = """
        key,measure,value,unit,place,period_start,period_end,sex,age_group,source,cites,method
        npl-t,forced-labour,500,persons,NPL,2018,,total,total,x,,estimated
        npl-f,forced-labour,600,persons,NPL,2018-01-01,2018-12-31,female,total,x,,estimated
        ind-t,forced-labour,1000,persons,IND,2018,,total,total,x,,estimated
        ind-f,forced-labour,600,persons,IND,2018-01,2018-12,female,total,x,,estimated
        ind-m,forced-labour,700,persons,IND,2018-01-01,2018-12-31,male,total,x,,estimated
        bgd-fl,forced-labour,1000,persons,BGD,2019,,total,total,x,,estimated
        bgd-state,state-imposed-forced-labour,5000,persons,BGD,2019-01,2019-12,total,total,x,,estimated
        pak-2016,forced-labour,1000,persons,PAK,2016,,total,total,x,,estimated
        pak-2017a,forced-labour,1050,persons,PAK,2017,,total,total,y,,estimated
        pak-2017b,forced-labour,1100,persons,PAK,2017-01-01,2017-12-31,total,total,x,,estimated
        pak-2018,forced-labour,20000,persons,PAK,2018,,total,total,x,,estimated
        own-fc,detected-trafficking-victims,40,persons,PHL,2019,,female,children,unodc-own,,detected
        copy-fc,detected-trafficking-victims,412,persons,PHL,2019-01,2019-12,female,children,owid-copy,,detected
        wld-2018,forced-labour,32000,persons,WLD,2018,,total,total,x,,estimated
        news-same,forced-labour,32000,persons,WLD,2018-01,2018-12,total,total,news,wld-2018,reported
        news-more,forced-labour,45000,persons,WLD,2018-01-01,2018-12-31,total,total,news,wld-2018,reported
        news-2019,forced-labour,32000,persons,WLD,2019,,total,total,news,wld-2018,reported
        lka-t,forced-labour,500,persons,LKA,2018,,total,total,x,,estimated
        lka-f,forced-labour,600,persons,LKA,2019,,female,total,x,,estimated

        """

    /// The rows under check's warning `rule` (every row: the fixture holds fewer than ten each).
    private func rows(_ rule: String, in check: String) -> [String] {
        check.components(separatedBy: "\n").drop { !$0.hasPrefix("warning: \(rule):") }.dropFirst()
            .prefix { $0.hasPrefix("  ") }.map { String($0.dropFirst(2)) }
    }

    private func check(in dir: URL) throws -> String {
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let check = try Tipdb.run(["check"], in: dir)
        #expect(check.status == 0, "warnings only: \(check.stdout)\(check.stderr)")
        return check.stdout
    }

    @Test("a subgroup for 2018-01-01/2018-12-31 above a total for 2018, and parts for the year written three ways above their total, are warned about")
    func subgroupsByDays() throws {
        try withTemporaryDirectory { dir in
            let check = try check(in: dir)
            #expect(rows("subgroup-above-total", in: check) == [
                "npl-f (600) > npl-t (500) (periods 2018-01-01/2018-12-31 and 2018 cover the same days)",
            ], "\(check)")
            #expect(rows("parts-above-total", in: check) == [
                "ind-f (600) + ind-m (700) = 1300 > ind-t (1000) (periods 2018-01/2018-12 and 2018-01-01/2018-12-31 and 2018 cover the same days)",
            ], "\(check)")
            // Sri Lanka's female 2019 and total 2018 are two years: not compared.
            #expect(!(rows("subgroup-above-total", in: check) + rows("parts-above-total", in: check)).contains { $0.contains("lka-") })
        }
    }

    @Test("a part measure for 2019-01/2019-12 above its whole for 2019, and a copy's 2019-01/2019-12 against its producer's 2019, are warned about")
    func partMeasureAndCopyByDays() throws {
        try withTemporaryDirectory { dir in
            let check = try check(in: dir)
            #expect(rows("measure-above-whole", in: check) == [
                "bgd-state (5000) > bgd-fl (1000) (periods 2019-01/2019-12 and 2019 cover the same days)",
            ], "\(check)")
            #expect(rows("copy-differs", in: check) == [
                "copy-fc (412) against own-fc (40), the producer's own figure (unodc-own) (periods 2019-01/2019-12 and 2019 cover the same days)",
            ], "\(check)")
        }
    }

    @Test("2017 written as a year and as its days is one period of the series: 2018 is compared with the smaller of its two figures, and neither with the other")
    func seriesByDays() throws {
        try withTemporaryDirectory { dir in
            let check = try check(in: dir)
            // One period of two figures, compared by its smallest (review of session 44: the two ends only).
            #expect(rows("series-jump", in: check) == [
                "pak-2018 (20000) is 19 times pak-2017a (1050), the smallest of the 2 figures of the period before it in its series",
            ], "\(check)")
        }
    }

    @Test("a repeat that writes its cited year as months changes nothing; another number is named with both spellings; another year is a change")
    func repeatsByDays() throws {
        try withTemporaryDirectory { dir in
            let check = try check(in: dir)
            #expect(rows("repeat-changed", in: check) == [
                "news-2019 repeats wld-2018 with period 2019, not 2018",
                "news-more repeats wld-2018 with value 45000, not 32000 (periods 2018-01-01/2018-12-31 and 2018 cover the same days)",
            ], "\(check)")
        }
    }
}
