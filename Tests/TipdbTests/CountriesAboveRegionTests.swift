import Foundation
import Testing

/// `countries-above-region`: countries whose counts from one source add up to more than the count
/// of a region that contains them. Nigeria's 1,200 and Ghana's 900 detected victims beside Western
/// Africa's 2,000, all UNODC's for 2019, passed `tipdb check` and the brief, which set all three
/// among its key figures and said nothing was wrong (review of session 48): the place version of
/// `parts-above-whole`, by its rule (`MeasureSums`).
@Suite("countries-above-region: countries summed above their region's count (built binary)")
struct CountriesAboveRegionTests {
    static let figures = """
        key,measure,value,unit,place,period,source
        wafr-2019,detected-trafficking-victims,2000,persons,M49-011,2019,unodc-2022
        nga-2019,detected-trafficking-victims,1200,persons,NGA,2019,unodc-2022
        gha-2019,detected-trafficking-victims,900,persons,GHA,2019,unodc-2022
        wafr-2020,detected-trafficking-victims,2100,persons,M49-011,2020,unodc-2022
        nga-2020,detected-trafficking-victims,1200,persons,NGA,2020,unodc-2022
        gha-2020,detected-trafficking-victims,900,persons,GHA,2020,unodc-2022
        fl-wafr,forced-labour,"2,020,000",persons,M49-011,2019,unodc-2022
        fl-nga,forced-labour,"1,010,000",persons,NGA,2019,unodc-2022
        fl-gha,forced-labour,"1,020,000",persons,GHA,2019,unodc-2022

        """

    private func load(in dir: URL) throws {
        try KeyFigurePlacesTests.load(
            sources: "key,kind,title,publisher,date\nunodc-2022,dataset,GLOTIP country data 2022,UNODC,2022-12\n", figures: Self.figures, in: dir)
    }

    @Test("check names the 2019 detected victims' sum, not 2020's (equal to the region) nor the estimates' (within rounding)")
    func check() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains(
                [
                    "warning: countries-above-region: the counts of countries add up to more than the count of a region that contains ",
                    "them, beyond rounding (counts from records, such as detected victims, at all), for the same measure, period, ",
                    "subgroup (sex, age group, form), source and study (each country at the low end of its range or interval, the ",
                    "region at the high end of its own): a region's people or cases include its countries', and ",
                    "countries do not overlap, so one of the counts counts something else or is wrong (kept as published; say so when ",
                    "citing, and do not work out the countries' shares of the region from them) (1)\n",
                    "  gha-2019 (Ghana, 900) + nga-2019 (Nigeria, 1200) = 2100 > wafr-2019 (Western Africa, 2000)\n",
                ].joined()),
                "\(check.stdout)")
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            #expect(json.stdout.contains("\"countries-above-region\": 1"), "\(json.stdout)")
        }
    }

    @Test("a brief of Western Africa cautions about the sum, with its source")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "Western Africa"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                [
                    "- **Caution (places).** Detected victims of trafficking, 2019, UNODC 2022 [1]: the figures for Ghana (900) and ",
                    "Nigeria (1,200), countries of Western Africa, add up to 2,100, more than the figure for Western Africa (2,000), a ",
                    "region that contains them. All are kept as published, but a region's count includes the counts of its countries, ",
                    "which do not overlap (rounding allowed for): one of them counts something else or is wrong, and the countries' ",
                    "shares of the region cannot be read from them. Say so when citing any of them.\n",
                ].joined()),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("Detected victims of trafficking, 2020, UNODC"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("Forced labour, 2019, UNODC"), "\(brief.stdout)")
        }
    }

    @Test("ingest warns at the value of the first figure of the 2019 sum the file gave, as check names it; a file of other figures does not")
    func ingest() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,kind,title,publisher,date\nunodc-2022,dataset,GLOTIP country data 2022,UNODC,2022-12\n", "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "countries.csv", in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source\nken-2019,detected-trafficking-victims,300,persons,KEN,2019,unodc-2022\n",
                "other.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "countries.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("countries-above-region") } == [
                "warning: countries.csv:4:39: countries-above-region: gha-2019 (Ghana, 900) + nga-2019 (Nigeria, 1200) = 2100 "
                    + "> wafr-2019 (Western Africa, 2000): the counts of countries add up to more than the count of a region that contains "
                    + "them, beyond rounding (counts from records, such as detected victims, at all), for the same measure, period, "
                    + "subgroup (sex, age group, form), source and study (each country at the low end of its range or interval, the "
                    + "region at the high end of its own): a region's people or cases include its countries', and "
                    + "countries do not overlap, so one of the counts counts something else or is wrong (kept as published; say so when "
                    + "citing, and do not work out the countries' shares of the region from them)",
            ], "\(loaded.stderr)")
            let other = try Tipdb.run(["ingest", "other.csv"], in: dir)
            #expect(other.status == 0, "\(other.stderr)")
            #expect(!other.stderr.contains("countries-above-region"), "\(other.stderr)")
        }
    }
}
