import Foundation
@testable import Storage
import Testing

/// The list of parts of countries (`SubnationalPlace`): what it reads, what it advises, and that
/// it shadows no place of tipdb's own (a name the gazetteer holds never reaches it).
@Suite("SubnationalPlace: states, provinces and nations named with their country")
struct SubnationalPlaceTests {
    @Test("a part is read in any case, with accents or not, & for and, and with State or Province after it", arguments: [
        ("Texas", "Texas", ["USA"]), ("  texas ", "Texas", ["USA"]), ("Lagos State", "Lagos", ["NGA"]), ("lagos", "Lagos", ["NGA"]),
        ("Sao Paulo", "São Paulo", ["BRA"]), ("Punjab Province", "Punjab", ["IND", "PAK"]), ("Mexico City", "Ciudad de México", ["MEX"]),
        ("Washington, D.C.", "District of Columbia", ["USA"]), ("Orissa", "Odisha", ["IND"]), ("northern ireland", "Northern Ireland", ["GBR"]),
        ("Distrito Federal", "Distrito Federal", ["MEX", "BRA"]), ("Jammu & Kashmir", "Jammu and Kashmir", ["IND"]),
        ("england & wales", "England and Wales", ["GBR"]), ("NWFP", "Khyber Pakhtunkhwa", ["PAK"]), ("Michoacán de Ocampo", "Michoacán", ["MEX"]),
    ])
    func named(text: String, name: String, codes: [String]) throws {
        let part = try #require(SubnationalPlace.named(text), "\(text)")
        #expect(part.name == name)
        #expect(part.countries.map(\.code) == codes)
    }

    @Test("names of no listed part, and State alone, are none")
    func unnamed() {
        for text in ["Houston", "State", "Texas Province of", "", "Bavaria"] {
            #expect(SubnationalPlace.named(text) == nil, "\(text)")
        }
    }

    @Test("the advice: a figure's breakdown, a study's summary, a report's --place")
    func advice() throws {
        let texas = try #require(SubnationalPlace.named("Texas"))
        #expect(texas.advice(for: .figure) == "Texas is listed under the United States (USA) in ISO 3166-2, and tipdb has no places smaller "
            + "than a country: give USA, and Texas in the figure's breakdown column (subdivision: Texas), so that no brief takes it for the whole country")
        #expect(texas.advice(for: .study) == "Texas is listed under the United States (USA) in ISO 3166-2, and tipdb has no places smaller "
            + "than a country: give USA, and say in the study's summary column that it covers Texas only")
        let punjab = try #require(SubnationalPlace.named("Punjab"))
        #expect(punjab.advice(for: .study) == "Punjab is listed under India (IND) and under Pakistan (PAK) in ISO 3166-2, and tipdb has no "
            + "places smaller than a country: give IND or PAK, whichever the study covers, and say in the study's summary column that it covers Punjab only")
        let england = try #require(SubnationalPlace.named("England and Wales"))
        #expect(england.optionAdvice == "England and Wales are listed under the United Kingdom (GBR) in ISO 3166-2, and tipdb has no places smaller than a "
            + "country: give --place GBR; its figures of England and Wales are those with breakdown subdivision: England and Wales, "
            + "shown under Subgroup")
    }

    @Test("notes that say a figure covers one listed part of its country: the part, the longest name first")
    func namedOnly() {
        let cases: [(String, String, String?)] = [
            ("Covers England only", "GBR", "England"), ("England and Wales only.", "GBR", "England and Wales"),
            ("only in Lagos (NAPTIP zone)", "NGA", "Lagos"), ("Referrals in England, Wales, Scotland and NI", "GBR", nil),
            ("England only", "USA", nil), ("New England only", "USA", nil), ("ONLY TEXAS", "USA", "Texas"),
            ("England (only)", "GBR", "England"), ("Scope: England, only", "GBR", "England"), ("not only England but the UK", "GBR", nil),
            ("the only Texas shelter network", "USA", nil), ("Lagos State only", "NGA", "Lagos"), ("Orissa only", "IND", "Odisha"),
            ("Jammu & Kashmir only", "IND", "Jammu and Kashmir"), ("Only in \"Texas\"", "USA", "Texas"), ("Texas", "USA", nil),
        ]
        for (notes, place, name) in cases {
            #expect(SubnationalPlace.namedOnly(in: notes, partOf: place)?.name == name, "\(notes)")
        }
    }

    @Test("the parts a sum adds: one listed part of the figure's country each, two spellings of one part one, no union, city or other country's part")
    func separatePart() {
        let cases: [(String, String, String?)] = [
            ("england", "GBR", "England"), ("Northern Ireland", "GBR", "Northern Ireland"), ("England and Wales", "GBR", nil),
            ("England & Wales", "GBR", nil), ("Great Britain", "GBR", nil), ("Texas", "GBR", nil), ("Houston", "USA", nil),
            ("Lagos State", "NGA", "Lagos"), ("FCT", "NGA", "Federal Capital Territory"), ("Distrito Federal", "MEX", "Ciudad de México"),
            ("Mexico City", "MEX", "Ciudad de México"), ("Distrito Federal", "BRA", "Distrito Federal"), ("Punjab", "PAK", "Punjab"),
            ("Amazonas", "COL", nil), ("CA", "USA", nil),
        ]
        for (category, place, name) in cases {
            #expect(SubnationalPlace.separatePart(category, of: place) == name, "\(category) under \(place)")
        }
        #expect(SubnationalPlace.named("Georgia")?.isCountryNamesake == true)
        #expect(SubnationalPlace.named("Niger")?.isCountryNamesake == true)
        #expect(SubnationalPlace.named("Texas")?.isCountryNamesake == false)
    }

    /// A listed name that is also a place (`Georgia`, `Niger`) never reaches the list from the
    /// place column; any other would be a name the list took from the gazetteer by mistake.
    @Test("no listed part is a place of tipdb's own but Georgia, Niger and Great Britain; every other name points at a listed part; codes are places")
    func noShadowing() throws {
        let gazetteer = try Gazetteer(db: ReferenceDataTests.migrated())
        var places: [String] = []
        for (country, names) in SubnationalPlace.table {
            #expect(gazetteer.code(for: country.code) == country.code, "\(country.code)")
            #expect(SubnationalPlace.lists(country.code))
            for name in names {
                #expect(SubnationalPlace.named(name)?.isPart(of: country.code) == true, "\(name)")
                if gazetteer.code(for: name) != nil { places.append(name) }
            }
        }
        #expect(places.sorted() == ["Georgia", "Great Britain", "Niger"])
        // Great Britain is GBR's own alias: the place column reads it as the United Kingdom, and a part of it.
        let namesakes = places.compactMap { name in gazetteer.code(for: name).flatMap { SubnationalPlace.named(name)?.isPart(of: $0) == true ? nil : $0 } }
        #expect(Set(namesakes) == SubnationalPlace.countryNamesakes)
        for (other, name) in SubnationalPlace.otherNames {
            #expect(SubnationalPlace.named(other)?.name == name, "\(other)")
            #expect(gazetteer.code(for: other) == nil, "\(other)")
        }
        #expect(!SubnationalPlace.lists("COL"))
    }

    @Test("a figure's place near no name ends with how to give a part of a country; not after suggestions, nor for a code or a number")
    func generalHint() {
        let expected = Gazetteer.expectedPlace
        let houston = Gazetteer.unknownPlace("Houston", suggesting: [])
        #expect(houston == "unknown place \"Houston\"; \(expected)")
        #expect(Gazetteer.withPartOfCountryHint(houston, for: " Houston") == "unknown place \"Houston\"; \(expected); a part of a country "
            + "(a state, province or city) is given as the country, with the part in the figure's breakdown column (subdivision: Houston)")
        for text in ["ZZ", "-4", "Area 51"] {
            let message = Gazetteer.unknownPlace(text, suggesting: [])
            #expect(Gazetteer.withPartOfCountryHint(message, for: text) == message, "\(text)")
        }
        for text in ["Texas, USA", "Houston; Texas", "Not stated", "Various", "n/a"] {
            let message = Gazetteer.unknownPlace(text, suggesting: [])
            #expect(Gazetteer.withPartOfCountryHint(message, for: text) == message, "\(text)")
        }
        let suggested = Gazetteer.unknownPlace("Wrold", suggesting: ["World"])
        #expect(Gazetteer.withPartOfCountryHint(suggested, for: "Wrold") == suggested)
    }
}
