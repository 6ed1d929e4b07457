import Foundation
import Ingest
import Storage
import Testing

/// The hand-made sample files in Tests/IngestTests/Datasets/ (never copies of the real datasets).
enum DatasetFiles {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Datasets")

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}

@Suite("Datasets: UNODC GLOTIP export")
struct DatasetsGLOTIPTests {
    private let glotip2024 = DatasetFiles.path("glotip_2024.csv")
    private let glotip2025 = DatasetFiles.path("glotip_2025.csv")
    private static let header = "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source"

    @Test("the preamble, <5 and the breakdowns: recognised without --format, one figure per row")
    func export() throws {
        let h = try IngestHarness()
        let report = try h.ingest([glotip2024])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.committed)
        let file = try #require(report.files.first)
        #expect(file.format == "glotip")
        #expect(file.inferred == ["format glotip from the UNODC preamble and the GLOTIP header"])
        #expect(file.read == 15 && file.inserted == 15)
        #expect(try h.count("figures") == 15)

        let censored = try #require(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:PHL:2019:female:children"))
        #expect(censored.value == nil && censored.censored && censored.low == 1 && censored.high == 4)
        let total = try #require(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:PHL:2019"))
        #expect(total.value == 1523 && total.method == "detected" && total.unit == "persons")
        #expect(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:PHL:2019:sexual-exploitation")?.form == "sexual-exploitation")
        #expect(try h.db.figure(key: "unodc-glotip:trafficking-offences:ZAF:2020")?.unit == "cases")
        #expect(try h.db.figure(key: "unodc-glotip:persons-formal-contact:ZAF:2020:male")?.sex == "male")

        // Citizenship: an abbreviated name resolves to a place; Nationals and Other Asia stay text.
        let breakdowns = try h.db.rows("SELECT dimension, category, place FROM figure_breakdowns ORDER BY dimension, category")
        let described = breakdowns.map { "\($0.string("dimension") ?? ""):\($0.string("category") ?? ""):\($0.string("place") ?? "-")" }
        #expect(described == ["citizenship:COD:COD", "citizenship:IDN:IDN", "citizenship:Nationals:-", "citizenship:Other Asia:-",
                              "country-of-repatriation:CIV:CIV"])
        #expect(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:PHL:2019:citizenship-COD")?.censored == true)

        // The export itself is the source.
        let source = try #require(try h.db.source(key: "unodc-glotip-2024-11-30"))
        #expect(source.publisher == "UNODC" && source.published == "2024-11-30" && source.kind == "dataset")
        let sha = try Checksum.sha256(fileAtPath: glotip2024)
        #expect(source.notes?.contains(sha) == true)
        #expect(total.source == "unodc-glotip-2024-11-30")
    }

    @Test("a subgroup larger than its total is loaded as published and warned about at its line")
    func inconsistentSubgroup() throws {
        let h = try IngestHarness()
        let report = try h.ingest([glotip2024])
        let warnings = try #require(report.files.first?.warnings)
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 15)
        #expect(warnings.first?.message == "persons-convicted ZAF 2020, 18 years or over: 14 is larger than the total (12, line 14); loaded as published")
        #expect(report.isClean)
        #expect(try h.db.figure(key: "unodc-glotip:persons-convicted:ZAF:2020:adults")?.value == 14)
        #expect(report.files.first?.line(dryRun: false, commandRejected: false).contains("1 warning") == true)
    }

    @Test("a newer export is a new vintage: revisions for changes, disappeared figures kept and marked")
    func vintages() throws {
        let h = try IngestHarness()
        _ = try h.ingest([glotip2024])
        let report = try h.ingest([glotip2025])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let file = try #require(report.files.first)
        #expect(file.inserted == 1 && file.updated == 1 && file.unchanged == 5)
        #expect(file.writes.contains { $0.hasPrefix("vintage 2 of unodc-glotip: export of 2025-04-14 (source unodc-glotip-2025-04-14); 1 figure revised") })
        #expect(file.writes.contains { $0.contains("9 figures of earlier vintages not in this export, kept and marked") })

        let revised = try #require(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:PHL:2019"))
        #expect(revised.value == 1530 && revised.source == "unodc-glotip-2025-04-14")
        let revision = try #require(try h.db.rows("SELECT figure, previous FROM figure_revisions").first)
        #expect(revision.string("figure") == revised.key)
        #expect(revision.string("previous")?.contains("\"value\":1523") == true)
        // Unchanged figures move to the new vintage without a revision; gone ones stay, marked.
        #expect(try h.count("figure_revisions") == 1)
        #expect(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:PHL:2019:female")?.source == "unodc-glotip-2025-04-14")
        let gone = try h.db.rows("SELECT figure, vintage_source FROM figure_vintages WHERE in_latest_vintage = 0 ORDER BY figure")
        #expect(gone.count == 9)
        #expect(gone.contains { $0.string("figure") == "unodc-glotip:persons-prosecuted:ZAF:2020" && $0.string("vintage_source") == "unodc-glotip-2024-11-30" })
        #expect(try h.db.figure(key: "unodc-glotip:persons-prosecuted:ZAF:2020")?.value == 45)
        let latest = try h.db.rows("SELECT figure FROM latest_estimates WHERE place = 'ZAF' ORDER BY figure").compactMap { $0.string("figure") }
        #expect(latest == ["unodc-glotip:persons-convicted:ZAF:2020"])

        // The older export again changes nothing; the latest again moves nothing.
        let older = try h.ingest([glotip2024])
        // Its counts add up: the 15 figures the vintage recorded, none written.
        #expect(older.files.first?.read == 15 && older.files.first?.unchanged == 15)
        #expect(older.files.first.map { $0.inserted + $0.updated + $0.rejected } == 0)
        #expect(older.files.first?.notes.contains("this file is vintage 1 of unodc-glotip, already loaded and superseded by vintage 2: nothing to do; its 15 figures keep the values of vintage 2 where it revised them") == true)
        let again = try h.ingest([glotip2025])
        #expect(again.files.first?.unchanged == 7 && again.files.first?.updated == 0)
        #expect(try h.db.integer("SELECT count(*) FROM series_vintages") == 2)
    }

    @Test("what an analyst added to an export's figure (quote, notes, tags, study, x_) survives loading the export again and its next vintage")
    func annotationsSurviveReload() throws {
        let h = try IngestHarness()
        _ = try h.ingest([glotip2024])
        let key = "unodc-glotip:detected-trafficking-victims:PHL:2019"
        let stored = try #require(try h.db.figure(key: key))
        let study = try h.write("study.csv", "key,title,source\nphl-review,Case file review,unodc-glotip-2024-11-30\n")
        let notes = try h.write("notes.csv", """
            key,measure,value,place,period,source,study,quote,notes,tags,x_checked
            \(key),detected-trafficking-victims,\(Int(stored.value ?? 0)),PHL,2019,unodc-glotip-2024-11-30,phl-review,"Table 3, p. 12",checked by AB,verified,yes

            """)
        let annotated = try h.ingest([study, notes])
        #expect(annotated.errors.isEmpty && annotated.files.last?.updated == 1, "\(annotated.errors)")

        func expectAnnotations(_ when: Comment) throws {
            let figure = try #require(try h.db.figure(key: key))
            #expect(figure.quote == "Table 3, p. 12" && figure.notes == "checked by AB" && figure.study == "phl-review", when)
            #expect(figure.tags == ["verified"] && figure.extra == "{\"x_checked\":\"yes\"}", when)
        }
        let again = try h.ingest([glotip2024])
        #expect(again.files.first?.updated == 0 && again.files.first?.unchanged == again.files.first?.read, "\(again.files)")
        try expectAnnotations("after the same export again")

        let newer = try h.ingest([glotip2025])
        #expect(newer.errors.isEmpty, "\(newer.errors)")
        try expectAnnotations("after the next vintage")
        #expect(try h.db.figure(key: key)?.value == 1530)
        // The five figures whose values the new export repeats now cite it, and the note says so.
        #expect(newer.files.first?.writes.contains { $0.contains("; 5 unchanged figures now cite this export (the vintages each appeared in are in figure_vintages)") } == true,
                "\(newer.files.first?.notes ?? [])")
    }

    @Test("Kosovo (XKX, no ISO code) loads as a place, in rows and as a citizenship")
    func kosovo() throws {
        let h = try IngestHarness()
        let file = try h.write("data_glotip.csv", """
            UNODC,glotip@example.org,,,,,,,,,,,
            30/11/2024,,,,,,,,,,,,
            \(Self.header)
            XKX,Kosovo under UNSCR 1244,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2021,Counts,29,GLOTIP
            ALB,Albania,Europe,Southern Europe,Detected trafficking victims,by citizenship,Kosovo under UNSCR 1244,Total,Total,2021,Counts,<5,GLOTIP

            """)
        let report = try h.ingest([file])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:XKX:2021")?.place == "XKX")
        let citizenship = try #require(try h.db.rows("SELECT dimension, place FROM figure_breakdowns").first)
        #expect(citizenship.string("dimension") == "citizenship" && citizenship.string("place") == "XKX")
    }

    @Test("an export older than the latest vintage is refused")
    func olderExportRefused() throws {
        let h = try IngestHarness()
        _ = try h.ingest([glotip2025])
        let older = try h.write("data_glotip.csv", """
            UNODC,glotip@example.org,,,,,,,,,,,
            01/06/2023,,,,,,,,,,,,
            \(Self.header)
            PHL,Philippines,Asia,South-eastern Asia,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,1400,GLOTIP

            """)
        let report = try h.ingest([older])
        #expect(!report.committed)
        #expect(report.errors.map(\.description) == [
            "\(older):2:1: this export is dated 2023-06-01, older than vintage 1 of unodc-glotip (exported 2025-04-14) already loaded; expected an export no older than the latest vintage: an earlier release cannot be added to a database that holds a later one. To hold both, build a new database and load every file again in one command, which loads GLOTIP exports oldest first: tipdb init --db new.sqlite && tipdb ingest --db new.sqlite OLDER.csv NEWER.csv (and your other files)"
        ])
        #expect(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:PHL:2019")?.value == 1530)
    }

    @Test("--source names the source; rows with problems are listed at their fields")
    func namedSourceAndErrors() throws {
        let h = try IngestHarness()
        let sources = try h.write("sources.csv", "key,kind,title,publisher,date\nglotip-2024,dataset,GLOTIP data,UNODC,2024\n")
        let file = try h.write("export.csv", """
            UNODC,x,,,,,,,,,,,
            30/11/2024,,,,,,,,,,,,
            \(Self.header)
            PHL,Philippines,Asia,x,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,1523,GLOTIP
            XXX,Nowhere,Asia,x,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,12,GLOTIP
            PHL,Philippines,Asia,x,Persons arrested,Total,Total,Total,Total,2019,Counts,12,GLOTIP
            PHL,Philippines,Asia,x,Persons convicted,Total,Total,Total,Total,2019,Counts,many,GLOTIP
            PHL,Philippines,Asia,x,Persons convicted,Total,Total,Total,Total,2020,Counts,4.5,GLOTIP

            """)
        let report = try h.ingest([sources, file], IngestOptions(format: nil, onError: .skip, source: "glotip-2024"))
        let messages = report.errors.map(\.description)
        #expect(messages.count == 4, "\(messages)")
        #expect(messages.contains("\(file):8:78: txtVALUE: \"4.5\" is not a whole number, but persons are counted in whole numbers; expected a whole number or <5"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("\(file):5:1: Iso3_code: unknown place \"XXX\"") })
        #expect(messages.contains { $0.hasPrefix("\(file):6:24: Indicator: unknown indicator \"Persons arrested\"") })
        #expect(messages.contains { $0.hasPrefix("\(file):7:78: txtVALUE: \"many\" is not a number") })
        #expect(try h.db.figure(key: "unodc-glotip:detected-trafficking-victims:PHL:2019")?.source == "glotip-2024")
        #expect(try h.count("ingest_rejects") == 4)
        #expect(try h.db.source(key: "unodc-glotip-2024-11-30") == nil)
    }

    @Test("a copy without the preamble is read; its vintage date is the file's date, with a note")
    func withoutPreamble() throws {
        let h = try IngestHarness()
        let file = try h.write("nopreamble.csv", Self.header + "\nPHL,Philippines,Asia,x,Persons prosecuted,Total,Total,Total,Total,2021,Counts,<5,GLOTIP\n")
        let report = try h.ingest([file])
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.first?.format == "glotip")
        #expect(report.files.first?.notes.contains { $0.hasPrefix("no export date in a preamble line") } == true)
        #expect(try h.db.figure(key: "unodc-glotip:persons-prosecuted:PHL:2021")?.high == 4)
    }

    @Test("--released dates a copy without the preamble, so a real export of a later date is the next vintage; it must agree with a preamble")
    func releasedOption() throws {
        let h = try IngestHarness()
        let copy = try h.write("nopreamble.csv", Self.header + "\nPHL,Philippines,Asia,x,Persons prosecuted,Total,Total,Total,Total,2021,Counts,7,GLOTIP\n")
        let report = try h.ingest([copy], IngestOptions(released: "2024-11-30"))
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.files.first?.notes.contains("no export date in a preamble line; --released 2024-11-30 is used as the vintage date") == true)
        #expect(try h.db.scalar("SELECT released FROM series_vintages")?.textValue == "2024-11-30")
        // The real 2025 export is newer, so it loads as vintage 2 (a copy dated by its file time, today, would block it).
        let newer = try h.ingest([glotip2025])
        #expect(newer.errors.isEmpty, "\(newer.errors)")
        #expect(try h.db.integer("SELECT count(*) FROM series_vintages") == 2)
        let disagreeing = try h.ingest([glotip2024], IngestOptions(released: "2024-12-01"))
        #expect(disagreeing.errors.map(\.message) == [
            "the preamble dates this export 2024-11-30, and --released says 2024-12-01; expected --released only for a file without the preamble (or whose preamble date cannot be read), or the same date"
        ])
        #expect(IngestOptions.problem(released: "2024") == "--released \"2024\" is not a day; expected YYYY-MM-DD, the day the data was released (the export date on the UNODC data portal, CTDC's release date)")
        #expect(IngestOptions.problem(released: "2024-02-29") == nil)
    }
}
