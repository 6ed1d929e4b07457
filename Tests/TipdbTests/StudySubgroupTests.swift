import Foundation
import Testing

/// `subgroup-above-total`, `parts-above-total` and `measure-above-whole` compare the figures of one
/// study, not of one source, as `shares-above-whole` and `place-above-region` do: girls counted
/// by a report's shelter survey are no part of the victims its police-records study counted, and
/// "3,100 girls > 1,400 victims" across the two was a false alarm (session 42).
@Suite("subgroup, parts and measure rules within one study (built binary)")
struct StudySubgroupTests {
    static let sources = """
        key,kind,title,authors,publisher,date,url,doi,accessed,license,notes
        src-a,report,Report A,,Institute A,2021,https://a.example.org,,2026-11-29,,

        """
    static let studies = """
        key,title,source
        st-shelter,Shelter survey,src-a
        st-police,Police records,src-a

        """
    /// Each pair of places: the first across the two studies (not flagged), the second within the
    /// police records (flagged). Nigeria and Ghana: girls above all victims; Benin and Togo: women
    /// and men above all victims; Nepal and India: state-imposed forced labour above forced labour.
    static let figures = """
        key,measure,value,unit,place,period,sex,age_group,source,study,method,locator
        nga-girls,detected-trafficking-victims,3100,persons,NGA,2020,female,children,src-a,st-shelter,detected,p. 1
        nga-all,detected-trafficking-victims,1400,persons,NGA,2020,total,total,src-a,st-police,detected,p. 1
        gha-girls,detected-trafficking-victims,3100,persons,GHA,2020,female,children,src-a,st-police,detected,p. 2
        gha-all,detected-trafficking-victims,1400,persons,GHA,2020,total,total,src-a,st-police,detected,p. 2
        ben-f,detected-trafficking-victims,600,persons,BEN,2020,female,total,src-a,st-shelter,detected,p. 3
        ben-m,detected-trafficking-victims,700,persons,BEN,2020,male,total,src-a,st-police,detected,p. 3
        ben-all,detected-trafficking-victims,1000,persons,BEN,2020,total,total,src-a,st-police,detected,p. 3
        tgo-f,detected-trafficking-victims,600,persons,TGO,2020,female,total,src-a,st-police,detected,p. 4
        tgo-m,detected-trafficking-victims,700,persons,TGO,2020,male,total,src-a,st-police,detected,p. 4
        tgo-all,detected-trafficking-victims,1000,persons,TGO,2020,total,total,src-a,st-police,detected,p. 4
        npl-fl,forced-labour,1000,persons,NPL,2020,total,total,src-a,st-police,estimated,p. 5
        npl-state,state-imposed-forced-labour,5000,persons,NPL,2020,total,total,src-a,st-shelter,estimated,p. 5
        ind-fl,forced-labour,1000,persons,IND,2020,total,total,src-a,st-police,estimated,p. 6
        ind-state,state-imposed-forced-labour,5000,persons,IND,2020,total,total,src-a,st-police,estimated,p. 6

        """

    static let subgroupMessage = "a subgroup is larger than its total (female or male above everyone, a form of exploitation above all forms, a breakdown such as nationals above all citizenships, or an age band above a broader age group containing it: 12-17 above children) for the same measure, place, period, source and study, the releases "
        + "of one bulk export counting as one (kept as published; say so when citing)"
    static let sumMessage = "subgroups that cannot overlap (female, male and other; age groups whose ages do not overlap; parts of a country such as subdivision: England and subdivision: Wales, not England and Wales) add up to more "
        + "than their total beyond rounding (counts from records, such as detected victims, at all), for the same measure, place, period, source and study, the releases of one bulk export counting as one "
        + "(a censored part such as <5 counted as 1, a range or interval at its low end and the total at the high end of its own; kept as published; say so when citing)"
    static let partMessage = "a measure is larger than the broader measure it is part of (measures.parent) for the same source, study, "
        + "place, period, unit and subgroup (kept as published; say so when citing): a part cannot be larger than its whole, so one of "
        + "the two counts something else or is wrong"

    private func load(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
        try Data(Self.studies.utf8).write(to: dir.appendingPathComponent("studies.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("figures.csv"))
        return try Tipdb.run(["ingest", "sources.csv", "studies.csv", "figures.csv"], in: dir)
    }

    @Test("ingest warns of the pairs and the sum within one study only")
    func ingest() throws {
        try withTemporaryDirectory { dir in
            let loaded = try load(in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let warnings = loaded.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: figures.csv") }.map(String.init)
            #expect(warnings.count == 3 && Set(warnings) == [
                "warning: figures.csv:4:40: subgroup-above-total: gha-girls (3100) > gha-all (1400): \(Self.subgroupMessage)",
                "warning: figures.csv:9:36: parts-above-total: tgo-f (600) + tgo-m (700) = 1300 > tgo-all (1000): \(Self.sumMessage)",
                "warning: figures.csv:15:39: measure-above-whole: ind-state (5000) > ind-fl (1000): \(Self.partMessage)",
            ], "\(loaded.stderr)")
        }
    }

    @Test("check lists the pairs and the sum within one study only")
    func check() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("warning: subgroup-above-total: \(Self.subgroupMessage) (1)\n  gha-girls (3100) > gha-all (1400)\n"), "\(check.stdout)")
            #expect(check.stdout.contains("warning: parts-above-total: \(Self.sumMessage) (1)\n  tgo-f (600) + tgo-m (700) = 1300 > tgo-all (1000)\n"), "\(check.stdout)")
            #expect(check.stdout.contains("warning: measure-above-whole: \(Self.partMessage) (1)\n  ind-state (5000) > ind-fl (1000)\n"), "\(check.stdout)")
        }
    }

    @Test("the brief cautions about the pairs and the sum within one study only")
    func brief() throws {
        try withTemporaryDirectory { dir in
            #expect(try load(in: dir).status == 0)
            let md = try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--format", "json"], in: dir)
            #expect(md.status == 0, "\(md.stderr)")
            let data = try #require(md.stdout.data(using: .utf8))
            let brief = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let warnings = try #require((brief["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]], "\(md.stdout)")
            let subgroups = warnings.filter { $0["kind"] as? String == "subgroups" }.compactMap { ($0["figures"] as? [String])?.sorted() }
            #expect(subgroups.count == 3 && Set(subgroups) == [["gha-all", "gha-girls"], ["tgo-all", "tgo-f", "tgo-m"], ["ind-fl", "ind-state"]], "\(subgroups)")
        }
    }
}
