import Foundation
import Ingest
import Storage
import Testing

@Suite("Datasets: Our World in Data grapher files")
struct DatasetsOWIDTests {
    private let grapher = DatasetFiles.path("detected-victims.csv")
    private let metadata = DatasetFiles.path("detected-victims.metadata.json")

    @Test("each non-empty cell is a figure; measure, subgroup and unit from the title; the source from the origins")
    func grapherFile() throws {
        let h = try IngestHarness()
        let report = try h.ingest([grapher], IngestOptions(onError: .skip))
        let file = try #require(report.files.first)
        #expect(file.format == "owid")
        #expect(file.inserted == 6 && file.rejected == 1)
        #expect(report.errors.map(\.description) == [
            "\(grapher):6:1: Entity: unknown place \"High-income countries\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"
        ])
        #expect(file.notes.contains("metadata read from \(metadata)"))

        let children = try #require(try h.db.figure(key: "owid-detected-victims-of-human-trafficking:detected-trafficking-victims:PHL:2019:female:children"))
        #expect(children.value == 412 && children.unit == "persons" && children.method == "detected")
        #expect(children.notes?.hasPrefix("Our World in Data indicator: 16.2.2 - Detected victims") == true)
        let rate = try #require(try h.db.figure(key: "owid-detected-victims-of-human-trafficking:detected-trafficking-victims:PHL:2020:per-100000"))
        #expect(rate.value == 1.5 && rate.sex == "total" && rate.ageGroup == "total")
        #expect(try h.db.figure(key: "owid-detected-victims-of-human-trafficking:detected-trafficking-victims:WLD:2019:female:children")?.value == 19034)
        #expect(try h.db.figure(key: "owid-detected-victims-of-human-trafficking:detected-trafficking-victims:M49-002:2019:per-100000")?.value == 0.2)

        let source = try #require(try h.db.source(key: "owid-detected-victims-of-human-trafficking"))
        #expect(source.publisher == "United Nations Office on Drugs and Crime")
        #expect(source.title == "Global Report on Trafficking in Persons")
        #expect(source.published == "2024-12-11" && source.accessed == "2025-01-20" && source.license == "CC BY 4.0")
        #expect(source.url == "https://www.unodc.org/unodc/data-and-analysis/glotip.html")
        #expect(source.notes?.contains("Citation: United Nations Office on Drugs and Crime (2024). Global Report on Trafficking in Persons 2024.") == true)
        #expect(source.notes?.contains("Caveats: Data only includes detected victims.") == true)
    }

    @Test("without metadata the source names Our World in Data; --measure decides when the title cannot")
    func withoutMetadata() throws {
        let h = try IngestHarness()
        let file = try h.write("forced-marriage-estimates.csv", """
            Entity,Code,Year,Estimated number of people (thousands)
            World,OWID_WRL,2021,22000

            """)
        let unknown = try h.ingest([file])
        #expect(unknown.errors.map(\.description) == [
            "\(file):1:18: cannot tell which measure column \"Estimated number of people (thousands)\" holds; pass --measure with a code from the measures table (tipdb sql 'SELECT code, label FROM measures')"
        ])
        let report = try h.ingest([file], IngestOptions(measure: "forced-marriage"))
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.first?.notes.contains { $0.hasPrefix("no metadata file") } == true)
        #expect(try h.db.source(key: "owid-forced-marriage-estimates")?.publisher == "Our World in Data")
        let figure = try #require(try h.db.figure(key: "owid-forced-marriage-estimates:forced-marriage:WLD:2021"))
        #expect(figure.value == 22_000_000 && figure.method == "estimated")
        #expect(report.files.first?.notes.contains("column 4 \"Estimated number of people (thousands)\" → forced-marriage, persons, values × 1000") == true)
        // Loading the same file again changes nothing; a changed cell is a revision.
        #expect(try h.ingest([file], IngestOptions(measure: "forced-marriage")).files.first?.unchanged == 1)
        // A quote and tags an analyst added survive loading the file again.
        let quote = try h.write("quote.csv", """
            key,measure,value,place,period,source,quote,tags
            owid-forced-marriage-estimates:forced-marriage:WLD:2021,forced-marriage,22 million,WLD,2021,owid-forced-marriage-estimates,"22 million people were living in forced marriage",verified

            """)
        #expect(try h.ingest([quote]).files.first?.updated == 1)
        #expect(try h.ingest([file], IngestOptions(measure: "forced-marriage")).files.first?.unchanged == 1)
        let annotated = try #require(try h.db.figure(key: "owid-forced-marriage-estimates:forced-marriage:WLD:2021"))
        #expect(annotated.quote == "22 million people were living in forced marriage" && annotated.tags == ["verified"])
        let changed = try h.write("forced-marriage-estimates.csv", "Entity,Code,Year,Estimated number of people (thousands)\nWorld,OWID_WRL,2021,22100\n")
        #expect(try h.ingest([changed], IngestOptions(measure: "forced-marriage")).files.first?.updated == 1)
        // One revision for the analyst's quote, one for the changed cell, which keeps the quote.
        #expect(try h.count("figure_revisions") == 2)
        #expect(try h.db.figure(key: "owid-forced-marriage-estimates:forced-marriage:WLD:2021")?.quote == annotated.quote)
    }

    @Test("a count in thousands by its metadata unit is scaled; a negative or fractional count is refused, as in a figures file")
    func countsAsPublished() throws {
        let h = try IngestHarness()
        let title = "Detected victims of human trafficking - Female"
        let file = try h.write("dv.csv", "Entity,Code,Year,\(title)\nIndia,IND,2019,120\nNepal,NPL,2020,-4\nBhutan,BTN,2020,2.5\nBhutan,BTN,2021,2.0005\n")
        try h.write("dv.metadata.json", #"{"columns": {"\#(title)": {"unit": "thousand persons", "shortUnit": "k"}}}"#)
        let report = try h.ingest([file], IngestOptions(onError: .skip))
        #expect(report.files.first?.inserted == 2, "\(report.errors)")
        #expect(try h.db.figure(key: "owid-dv:detected-trafficking-victims:IND:2019:female")?.value == 120_000)
        #expect(try h.db.figure(key: "owid-dv:detected-trafficking-victims:BTN:2020:female")?.value == 2_500)
        #expect(report.errors.map(\.description) == [
            "\(file):3:16: \(title): \"-4000\" is negative, but a count in persons cannot be; expected 0 or more (written \"-4\", in thousands)",
            "\(file):5:17: \(title): \"2000.5\" is not a whole number, but persons are counted in whole numbers; expected a whole number (written \"2.0005\", in thousands)",
        ])
    }

    @Test("an Entity's parenthesis is dropped only as a tag of that body's region: (former), (excl. ...), (WB) and (WHO) are refused")
    func entityQualifiers() throws {
        let h = try IngestHarness()
        let file = try h.write("dvq.csv", """
            Entity,Code,Year,Detected victims of human trafficking
            Africa (UN),,2019,10
            Northern America (UN),,2019,11
            Arab States (ILO),,2019,12
            Sudan (former),,2005,39
            Asia (excl. China and India),,2019,40
            Sub-Saharan Africa (WB),,2019,51
            Africa (WHO),,2019,54
            Europe (ILO),,2019,55
            Czechoslovakia (former),,1990,56

            """)
        let report = try h.ingest([file], IngestOptions(onError: .skip))
        let expected = "expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"
        let onlyTags = "which tipdb does not hold (only (UN), (UNODC) or (ILO) after the name of one of that body's regions is read as that region)"
        #expect(report.errors.map(\.description) == [
            "\(file):5:1: Entity: unknown place \"Sudan (former)\"; it is Sudan within its former borders, not today's Sudan (SDN), and tipdb's places are today's: give the country the figure covers, or a region, and say in the figure's notes that it counts Sudan (former)",
            "\(file):6:1: Entity: unknown place \"Asia (excl. China and India)\"; (excl. China and India) makes it another grouping than Asia (M49-142), \(onlyTags); \(expected)",
            "\(file):7:1: Entity: unknown place \"Sub-Saharan Africa (WB)\"; (WB) makes it another grouping than Sub-Saharan Africa (M49-202), \(onlyTags); did you mean \"Sub-Saharan Africa (UNODC)\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)",
            "\(file):8:1: Entity: unknown place \"Africa (WHO)\"; (WHO) makes it another grouping than Africa (M49-002), \(onlyTags); did you mean \"Africa (ILO)\"? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)",
            "\(file):9:1: Entity: unknown place \"Europe (ILO)\"; (ILO) makes it another grouping than Europe (M49-150), \(onlyTags); \(expected)",
            "\(file):10:1: Entity: unknown place \"Czechoslovakia (former)\"; Czechoslovakia ended in 1992, and tipdb's places are today's: give the country the figure covers among its successors (CZE or SVK), or a region, and say in the figure's notes that it counts Czechoslovakia",
        ])
        // Only the tags of a body's own regions load, as those regions.
        let places = try h.db.rows("SELECT place FROM figures ORDER BY place").compactMap { $0.string("place") }
        #expect(places == ["ILO-ARAB-STATES", "M49-002", "M49-021"])
    }
}
