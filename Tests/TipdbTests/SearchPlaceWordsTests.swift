import Foundation
import Testing

/// Words of a place's name that name no place whole find the figures of the places whose names
/// hold them all, as words of a measure's name do. `tipdb search "East Asia"` and `search
/// Pacific` found nothing, and the note said no figure had the word "East", though UNODC's East
/// Asia and the Pacific did; the search it suggested, `Asia`, read M49's Asia, which does not
/// contain that region, and left its figure out without a word (a regional analyst's review,
/// session 51, defect 4).
@Suite("tipdb search: words of a region's name find its figures (built binary)")
struct SearchPlaceWordsTests {
    static let sources = """
        key,kind,title,authors,publisher,container,date,url
        glotip-2022,report,Global Report on Trafficking in Persons 2022,,United Nations Office on Drugs and Crime,,2023-01-24,https://www.unodc.org/unodc/en/data-and-analysis/glotip.html

        """

    static let figures = """
        key,measure,value,unit,place,period,source,method,locator
        eap-2020,detected-trafficking-victims,2500,persons,East Asia and the Pacific,2020,glotip-2022,detected,Fig. 5
        sea-2020,detected-trafficking-victims,3000,persons,South-eastern Asia,2020,glotip-2022,detected,Fig. 6
        eas-2020,detected-trafficking-victims,900,persons,Eastern Asia,2020,glotip-2022,detected,Fig. 7
        wld-2020,detected-trafficking-victims,2000,persons,World,2020,glotip-2022,detected,Fig. 1
        tha-2020,detected-trafficking-victims,1200,persons,THA,2020,glotip-2022,detected,Annex

        """

    static let eap = "figure  eap-2020  detected-trafficking-victims (Detected victims of trafficking), UNODC-EAST-ASIA-PACIFIC (East Asia and the Pacific), 2020: 2,500 — UNODC 2023"
    static let sea = "figure  sea-2020  detected-trafficking-victims (Detected victims of trafficking), M49-035 (South-eastern Asia), 2020: 3,000 — UNODC 2023"

    @Test("Pacific finds UNODC's East Asia and the Pacific, and the note names the region read and its whole-name search")
    func oneWord() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: Self.figures, in: dir)
            let found = try Tipdb.run(["search", "Pacific"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout == """
                \(Self.eap)
                    its place is [East Asia and the Pacific]
                (1 result)

                """, "\(found.stdout)")
            #expect(found.stderr == """
                note: "Pacific" names no place whole: read as words of the name of East Asia and the Pacific (UNODC-EAST-ASIA-PACIFIC), \
                whose own figures are listed, not those of the places within it; for those, search a region's whole name: \
                tipdb search East Asia and the Pacific

                """, "\(found.stderr)")
        }
    }

    @Test("East Asia finds East Asia and the Pacific and South-eastern Asia (as South-East Asia), not Eastern Asia")
    func twoWords() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: Self.figures, in: dir)
            let found = try Tipdb.run(["search", "East", "Asia"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout == """
                \(Self.sea)
                    its place is [South-eastern Asia]
                \(Self.eap)
                    its place is [East Asia and the Pacific]
                (2 results)

                """, "\(found.stdout)")
            #expect(found.stderr == """
                note: "East Asia" names no place whole: read as words of the names of East Asia and the Pacific (UNODC-EAST-ASIA-PACIFIC) \
                and South-eastern Asia (M49-035, as South East Asia), whose own figures are listed, not those of the places within them; \
                for those, search a region's whole name: tipdb search East Asia and the Pacific

                """, "\(found.stderr)")
        }
    }

    @Test("Asia is still M49's Asia, and a note names East Asia and the Pacific, which has Asia in its name but is not within it")
    func wholeName() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: Self.figures, in: dir)
            let found = try Tipdb.run(["search", "Asia"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout == """
                figure  eas-2020  detected-trafficking-victims (Detected victims of trafficking), M49-030 (Eastern Asia), 2020: 900 — UNODC 2023
                    its place, [Eastern Asia], is in [Asia]
                \(Self.sea)
                    its place, [South-eastern Asia], is in [Asia]
                figure  tha-2020  detected-trafficking-victims (Detected victims of trafficking), THA (Thailand), 2020: 1,200 — UNODC 2023
                    its place, [Thailand], is in [Asia]
                (3 results)

                """, "\(found.stdout)")
            #expect(found.stderr == """
                note: Asia is a region: its own figures come first, then those of the places within it, as tipdb report brief --place reads it
                note: East Asia and the Pacific (UNODC-EAST-ASIA-PACIFIC) also has "Asia" in its name but is not within Asia (M49-142), \
                so its figures are not listed: tipdb search East Asia and the Pacific

                """, "\(found.stderr)")
        }
    }

    @Test("words of a measure's name and a year narrow the places' figures, and the excerpt says why")
    func withMeasureWords() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: Self.figures, in: dir)
            let found = try Tipdb.run(["search", "detected", "victims", "Pacific", "2020"], in: dir)
            #expect(found.stdout == """
                \(Self.eap)
                    its measure is [Detected victims of trafficking], its place is [East Asia and the Pacific] and its period is [2020]
                (1 result)

                """, "\(found.stdout)")
            // A whole-name search the note suggests keeps the other words.
            #expect(found.stderr.hasSuffix("search a region's whole name: tipdb search detected victims East Asia and the Pacific 2020\n"), "\(found.stderr)")
        }
    }

    @Test("a note on an empty result names no word of a place's name that a figure's place holds")
    func emptyResultNotes() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: Self.figures, in: dir)
            let dated = try Tipdb.run(["search", "East", "Asia", "2019"], in: dir)
            #expect(dated.stdout == "(0 results)\n", "\(dated.stdout)")
            #expect(dated.stderr == """
                note: no source, study or figure has the word "2019", and every word must match; search without it: tipdb search East Asia

                """, "\(dated.stderr)")
        }
        // Only UNODC's region has a figure: M49's Asia finds none, and the note no longer says no figure has the word "Asia".
        try withTemporaryDirectory { dir in
            let only = Self.figures.split(separator: "\n").prefix(2).joined(separator: "\n") + "\n"
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: only, in: dir)
            let found = try Tipdb.run(["search", "Asia", "victims"], in: dir)
            #expect(found.stdout == "(0 results)\n", "\(found.stdout)")
            #expect(!found.stderr.contains("has the word \"Asia\""), "\(found.stderr)")
            #expect(found.stderr.hasPrefix("""
                note: East Asia and the Pacific (UNODC-EAST-ASIA-PACIFIC) also has "Asia" in its name but is not within Asia (M49-142), \
                so its figures are not listed: tipdb search East Asia and the Pacific victims

                """), "\(found.stderr)")
        }
    }

    @Test("globally is read as the World, as global and worldwide are")
    func globally() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: Self.figures, in: dir)
            let found = try Tipdb.run(["search", "how many people are trafficked globally"], in: dir)
            #expect(found.stdout.hasPrefix("""
                figure  wld-2020  detected-trafficking-victims (Detected victims of trafficking), WLD (World), 2020: 2,000 — UNODC 2023
                    its measure is [Detected victims of trafficking] and its place is [World]

                """), "\(found.stdout)")
            #expect(found.stdout.hasSuffix("(5 results)\n"), "\(found.stdout)")
        }
    }

    @Test("a mistyped word is offered beside a word of a place's name, and a word of a place's name is offered itself")
    func spelling() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(sources: Self.sources, figures: Self.figures, in: dir)
            let mistyped = try Tipdb.run(["search", "traficking", "Pacific"], in: dir)
            #expect(mistyped.stderr == """
                note: no source, study or figure has the word "traficking"; did you mean "trafficking"? tipdb search trafficking Pacific

                """, "\(mistyped.stderr)")
            let place = try Tipdb.run(["search", "Pacifc"], in: dir)
            #expect(place.stderr == """
                note: no source, study or figure has the word "Pacifc"; did you mean "pacific"? tipdb search pacific

                """, "\(place.stderr)")
        }
    }
}
