import Foundation
import Testing

/// `tipdb search United Kingdom 12,000` found nothing, and its note named "United", "Kingdom" and
/// "12,000" as words no row holds, since neither word alone names the United Kingdom; with the
/// Fixtures loaded it suggested `tipdb search United`, which finds only the United Nations. A
/// programme officer read it as tipdb holding nothing on the UK, which has two figures (review
/// of session 48). A place's or measure's name of two words or more is now tried as one.
@Suite("tipdb search: the note on an empty result reads a two-word place name as one (built binary)")
struct SearchPlaceNameNoteTests {
    @Test("United Kingdom 12,000: only 12,000 is named, and the search suggested is United Kingdom, which finds the UK's figures")
    func placeName() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(
                sources: """
                    key,kind,title,authors,publisher,date
                    gsi-2018,report,Global Slavery Index 2018,,Walk Free Foundation,2018-07
                    ukho-2014,report,Modern slavery: an application of multiple systems estimation,"Silverman, Bernard",UK Home Office,2014-11

                    """,
                figures: """
                    key,measure,value,low,high,unit,place,period,source
                    gsi16-ind,modern-slavery,7989000,,,persons,IND,2016,gsi-2018
                    gsi18-ind,modern-slavery,8000000,,,persons,IND,2018,gsi-2018
                    gsi16-gbr,modern-slavery,136000,,,persons,GBR,2016,gsi-2018
                    ukho-gbr-2013,modern-slavery,,10000,13000,persons,GBR,2013,ukho-2014

                    """, in: dir)
            let search = try Tipdb.run(["search", "United Kingdom 12,000"], in: dir)
            #expect(search.stdout == "(0 results)\n", "\(search.stdout)")
            #expect(search.stderr.hasSuffix(
                "note: no figure's number, nor an earlier number its source revised, rounds to 12,000, and no source, study or "
                + "figure has it in its text; the other words alone find some, to compare: tipdb search United Kingdom\n"),
                "\(search.stderr)")
            let suggested = try Tipdb.run(["search", "United", "Kingdom"], in: dir)
            #expect(suggested.stdout.hasSuffix("(2 results)\n"), "\(suggested.stdout)")
        }
    }

    @Test("with the Fixtures, which hold no figure for the UK: the name is one word, and tipdb search United is not suggested")
    func fixtures() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let search = try Tipdb.run(["search", "United Kingdom 12,000"], in: dir)
            #expect(search.stderr.hasSuffix(
                "note: no figure in this database is for United Kingdom (GBR): tipdb knows the place, but no file loaded gives a figure for it\n"
                + "note: no figure's number, nor an earlier number its source revised, rounds to 12,000, and no source, study or "
                + "figure has it in its text\n"),
                "\(search.stderr)")
            let name = try Tipdb.run(["search", "United Kingdom"], in: dir)
            #expect(name.stderr == "note: no figure in this database is for United Kingdom (GBR): tipdb knows the place, but no file loaded "
                + "gives a figure for it\n", "\(name.stderr)")
        }
    }
}
