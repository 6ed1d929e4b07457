import Foundation
import Testing

/// A quote whose numbers contradict the stored value: 1,578 stored beside "the government
/// identified 1,857 trafficking victims" passed ingest, check, the brief and lineage without a
/// word (an expert witness's review, session 53). Check names it (`quote-contradicts-value`),
/// and ingest warns at the value cell; quotes that state only years, ages or other kinds of
/// number, or the figure's own number rounded, are left alone.
@Suite("quote-contradicts-value: a quote stating numbers none of which is the figure's (built binary)")
struct QuoteContradictsValueTests {
    static let sources = """
        key,title,authors,publisher,date,url,accessed
        tip-2024,2024 Trafficking in Persons Report,U.S. Department of State,U.S. Department of State,2024-06-24,https://www.state.gov/x,2026-12-01

        """

    /// Named: the transposition, and a share typed as a fraction. Not named: the number itself, a
    /// year and a bare count (no number of the figure's kind), a rounded quote, the parts of a sum,
    /// a share and a rate stated as the figure is.
    static let figures = """
        key,measure,value,unit,place,period,source,locator,quote
        nga,detected-trafficking-victims,1578,persons,NGA,2023,tip-2024,p. 1,"the government identified 1,857 trafficking victims"
        gbr,detected-trafficking-victims,17004,persons,GBR,2023,tip-2024,p. 2,"17,004 potential victims were referred in 2023"
        gha,detected-trafficking-victims,250,persons,GHA,2023,tip-2024,p. 3,"In 2023, 240 victims aged 18 or over were identified"
        wld,forced-labour,27.6 million,persons,WLD,2021,tip-2024,p. 4,"an estimated 28 million people were in forced labour (2021)"
        ken,detected-trafficking-victims,1857,persons,KEN,2023,tip-2024,p. 5,"1,200 women and 657 men"
        sh-ok,forced-labour,12,percent,WLD,2021,tip-2024,p. 6,"children are 12% of all people in forced labour"
        sh-bad,forced-labour,0.12,percent,WLD,2020,tip-2024,p. 7,"children are 12 per cent of all people in forced labour"

        """

    static let message = "figures whose quote states numbers of their kind (for a count or money, one with "
        + "million, billion or thousand, or with its thousands grouped: 1,857; for a share, a percentage; for a rate, one per its "
        + "base), none of which is the figure's value, low or high as rounded to the less precise of the two, nor all of them "
        + "added: the number was mistyped (1,578 for 1,857), or the quote is of another number; correct whichever is wrong, "
        + "or quote the sentence that gives the figure's number (kept as loaded)"

    @Test("ingest warns at the value of 1,578 beside 1,857 and of 0.12 beside 12 per cent; check lists both and no other")
    func namedAtIngestAndByCheck() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.figures, "fig.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("quote-contradicts-value") } == [
                "warning: fig.csv:2:34: quote-contradicts-value: nga (1578): the quote states 1,857: \(Self.message)",
                "warning: fig.csv:8:22: quote-contradicts-value: sh-bad (0.12): the quote states 12 per cent: \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("""
                warning: quote-contradicts-value: \(Self.message) (2)
                  nga (1578): the quote states 1,857
                  sh-bad (0.12): the quote states 12 per cent

                """), "\(check.stdout)")
        }
    }

    /// Numbers in words and thousands grouped by points or spaces, as reports in French or German
    /// write them (session 54). Named: two million and twenty-seven million beside 3,000,000 and
    /// 2,760,000, 27.600.000 and 27 600 000 (narrow no-break spaces) beside 2,760,000, 17 004 (a
    /// no-break space) beside 17,400. Not named: the same numbers where they agree (250 thousand
    /// spelled, 27 600 000 with plain spaces, 27,6 millions with a decimal comma), and what may be
    /// two numbers or a decimal (page 12 450, 1.857).
    static let spelledAndGrouped = """
        key,measure,value,unit,place,period,source,locator,quote
        w-two,forced-labour,3000000,persons,WLD,2021,tip-2024,p. 1,"two million people were in forced labour"
        w-27,forced-labour,2760000,persons,WLD,2020,tip-2024,p. 2,"Twenty-seven million people"
        w-ok,forced-labour,2000000,persons,WLD,2019,tip-2024,p. 3,"some two million people"
        w-250k,detected-trafficking-victims,250000,persons,NGA,2023,tip-2024,p. 4,"two hundred and fifty thousand victims"
        de-dots,forced-labour,2760000,persons,WLD,2018,tip-2024,p. 5,"27.600.000 Menschen in Zwangsarbeit"
        fr-nnbsp,forced-labour,2760000,persons,WLD,2017,tip-2024,p. 6,"27\u{202F}600\u{202F}000 personnes"
        fr-nbsp,detected-trafficking-victims,17400,persons,GBR,2023,tip-2024,p. 7,"17\u{00A0}004 victimes"
        fr-spaces,forced-labour,27600000,persons,WLD,2016,tip-2024,p. 8,"27 600 000 personnes en 2016"
        fr-comma,forced-labour,27600000,persons,WLD,2015,tip-2024,p. 9,"27,6 millions de personnes"
        page,detected-trafficking-victims,450,persons,GHA,2023,tip-2024,p. 10,"page 12 450 victims were identified"
        de-point,detected-trafficking-victims,1857,persons,KEN,2023,tip-2024,p. 11,"1.857 Opfer"

        """

    @Test("numbers in words and thousands grouped by points or spaces are read; a decimal comma, a bare pair and a single point are not misread")
    func spelledAndGroupedNumbers() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write(Self.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write(Self.spelledAndGrouped, "fig.csv", in: dir)
            let loaded = try Tipdb.run(["ingest", "src.csv", "fig.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            #expect(IngestPartWarningTests.warnings(loaded.stderr).filter { $0.contains("quote-contradicts-value") } == [
                "warning: fig.csv:2:21: quote-contradicts-value: w-two (3000000): the quote states two million: \(Self.message)",
                "warning: fig.csv:3:20: quote-contradicts-value: w-27 (2760000): the quote states Twenty-seven million: \(Self.message)",
                "warning: fig.csv:6:23: quote-contradicts-value: de-dots (2760000): the quote states 27.600.000: \(Self.message)",
                "warning: fig.csv:7:24: quote-contradicts-value: fr-nnbsp (2760000): the quote states 27\u{202F}600\u{202F}000: \(Self.message)",
                "warning: fig.csv:8:38: quote-contradicts-value: fr-nbsp (17400): the quote states 17\u{00A0}004: \(Self.message)",
            ], "\(loaded.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("""
                warning: quote-contradicts-value: \(Self.message) (5)
                  de-dots (2760000): the quote states 27.600.000
                  fr-nbsp (17400): the quote states 17\u{00A0}004
                  fr-nnbsp (2760000): the quote states 27\u{202F}600\u{202F}000
                  w-27 (2760000): the quote states Twenty-seven million
                  w-two (3000000): the quote states two million

                """), "\(check.stdout)")
        }
    }
}
