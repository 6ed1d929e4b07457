import Foundation
@testable import Ingest
import Storage
import Testing

@Suite("Datasets: CTDC case-level data")
struct DatasetsCTDCTests {
    private let global = DatasetFiles.path("ctdc_global_sample.csv")
    private let synthetic = DatasetFiles.path("ctdc_synthetic_sample.csv")

    private func row(_ h: IngestHarness, line: Int, dataset: Int64 = 1) throws -> Row {
        try #require(try h.db.rows("SELECT * FROM cases WHERE dataset_id = ? AND line = ?", [dataset, line]).first)
    }

    @Test("Global Dataset: -99 is NULL, 0/1 flags are integers, alpha-2 becomes a places code, aliases are named")
    func globalDataset() throws {
        let h = try IngestHarness()
        let report = try h.ingest([global], IngestOptions(format: .ctdc))
        #expect(report.errors.isEmpty, "\(report.errors)")
        let file = try #require(report.files.first)
        #expect(file.kind == "cases" && file.read == 5 && file.inserted == 5)
        #expect(file.notes.contains("CTDC Global Dataset (ctdc-global), detected from the header"))
        #expect(file.notes.contains("column aliases used: meansOfControlPsychoactiveSubsta → meansOfControlPsychoactiveSubstances, meansOfControlRestrictsMedicalCa → meansOfControlRestrictsMedicalCare, CountryOfExploition → CountryOfExploitation, recruiterRelationUknown → recruiterRelationUnknown"))

        let first = try row(h, line: 2)
        #expect(first["year"] == .integer(2019))
        #expect(first["data_source"] == .text("case-management"))
        #expect(first["gender"] == .text("female"))
        #expect(first["age_band"] == .text("9-17"))
        #expect(first["majority_status"] == .text("minor"))
        #expect(first["majority_status_at_exploit"] == .null)
        #expect(first["citizenship"] == .text("PHL"))
        #expect(first["country_of_exploitation"] == .text("MYS"))
        #expect(first["means_threats"] == .integer(1))
        #expect(first["means_psychoactive_substances"] == .integer(0))
        #expect(first["means_restricts_medical_care"] == .integer(1))
        #expect(first["means_debt_bondage"] == .null)
        #expect(first["is_sexual_exploit"] == .integer(1) && first["is_forced_labour"] == .integer(0))
        #expect(first["means_concatenated"] == .text("Threats;Restricts medical care"))
        #expect(first["recruiter_unknown"] == .integer(1))
        let empty = try row(h, line: 5)
        #expect(empty["year"] == .null && empty["gender"] == .null && empty["citizenship"] == .null && empty["is_forced_labour"] == .null)
        #expect(try row(h, line: 6)["age_band"] == .text("48+"))

        let dataset = try #require(try h.db.rows("SELECT * FROM datasets").first)
        #expect(dataset.string("name") == "ctdc-global" && dataset.int("version") == 1 && dataset.int("rows") == 5)
        #expect(dataset.string("variant") == "ctdc-global" && dataset.string("source") == "ctdc-global-v1")
        #expect(dataset.string("sha256") == (try Checksum.sha256(fileAtPath: global)))
        #expect(dataset.string("column_aliases")?.contains("\"CountryOfExploition\":\"CountryOfExploitation\"") == true)
        #expect(try h.db.source(key: "ctdc-global-v1")?.publisher == "Counter-Trafficking Data Collaborative (CTDC)")
    }

    @Test("the same file again is read and checked, not written; a version that no longer matches what tipdb reads is named")
    func sameFileAgain() throws {
        let h = try IngestHarness()
        _ = try h.ingest([global], IngestOptions(format: .ctdc))
        let again = try h.ingest([global], IngestOptions(format: .ctdc))
        #expect(again.committed && again.errors.isEmpty)
        #expect(again.files.first?.read == 5 && again.files.first?.unchanged == 5 && again.files.first?.inserted == 0)
        #expect(again.files.first?.notes.last == "already loaded as dataset ctdc-global version 1 (same sha256): nothing written")
        // As if an older tipdb had refused two of its rows: the version stays as it was loaded.
        try h.db.execute("UPDATE datasets SET rows = 3, rows_rejected = 2")
        let changed = try h.ingest([global], IngestOptions(format: .ctdc))
        #expect(changed.files.first?.notes.last == "already loaded as dataset ctdc-global version 1 (same sha256): nothing written; this tipdb reads 5 rows of the file where version 1 holds 3 (its checks changed since): the version stays as loaded")
        #expect(try h.db.integer("SELECT count(*) FROM cases") == 5 && h.db.integer("SELECT count(*) FROM datasets") == 1)
    }

    @Test("identical rows are kept: they are different people")
    func identicalRows() throws {
        let h = try IngestHarness()
        _ = try h.ingest([global], IngestOptions(format: .ctdc))
        let same = try h.db.integer("SELECT count(*) FROM cases WHERE year = 2020 AND citizenship = 'UKR' AND country_of_exploitation = 'POL'")
        #expect(same == 2)
    }

    @Test("Synthetic Dataset: 1 or empty flags, alpha-3, 09--17 and en dashes, sectorOf renames, merged columns")
    func syntheticDataset() throws {
        let h = try IngestHarness()
        let report = try h.ingest([synthetic], IngestOptions(dataset: "synthetic-2024"))
        #expect(report.errors.isEmpty, "\(report.errors)")
        let file = try #require(report.files.first)
        #expect(file.format == "ctdc" && file.inserted == 3)
        #expect(file.notes.contains("column aliases used: sectorOfLabourAgriculture → typeOfLabourAgriculture, sectorOfSexProstitution → typeOfSexProstitution"))
        let first = try row(h, line: 2)
        #expect(first["gender"] == .text("female") && first["age_band"] == .text("9-17"))
        #expect(first["citizenship"] == .text("KHM") && first["country_of_exploitation"] == .text("THA"))
        #expect(first["traffick_months"] == .text("0-12"))
        #expect(first["means_threats_any"] == .integer(1) && first["means_threats"] == .null)
        #expect(first["is_forced_labour"] == .null && first["is_sexual_exploit"] == .integer(1))
        #expect(first["sex_prostitution"] == .integer(1))
        let second = try row(h, line: 3)
        #expect(second["age_band"] == .text("18-20") && second["citizenship"] == .null && second["traffick_months"] == .text("25+"))
        #expect(second["means_debt_or_earnings"] == .integer(1) && second["labour_agriculture"] == .integer(1))
        #expect(try row(h, line: 4)["gender"] == .text("trans-nonconforming"))
        #expect(try h.db.rows("SELECT name, variant FROM datasets").first?.string("variant") == "ctdc-synthetic")
    }

    @Test("the same file again is a no-op; another file under the name is the next version, the old one stays")
    func versions() throws {
        let h = try IngestHarness()
        _ = try h.ingest([global], IngestOptions(format: .ctdc))
        let again = try h.ingest([global], IngestOptions(format: .ctdc))
        #expect(again.files.first?.inserted == 0 && again.files.first?.unchanged == 5)
        #expect(again.files.first?.notes.contains("already loaded as dataset ctdc-global version 1 (same sha256): nothing written") == true)
        #expect(try h.db.integer("SELECT count(*) FROM cases") == 5)

        let text = try String(contentsOfFile: global, encoding: .utf8)
        let shorter = try h.write("ctdc-2021.csv", text.components(separatedBy: "\r\n").prefix(3).joined(separator: "\r\n") + "\r\n")
        let next = try h.ingest([shorter], IngestOptions(format: .ctdc))
        #expect(next.files.first?.inserted == 2)
        let versions = try h.db.rows("SELECT id, version, rows FROM datasets ORDER BY version")
        #expect(versions.map { $0.int("rows") } == [5, 2])
        #expect(try h.db.integer("SELECT count(*) FROM cases WHERE dataset_id = 1") == 5)
        #expect(try h.db.integer("SELECT count(*) FROM cases WHERE dataset_id = 2") == 2)

        let wrongVariant = try h.ingest([synthetic], IngestOptions(dataset: "ctdc-global"))
        #expect(wrongVariant.errors.first?.message == "dataset ctdc-global holds ctdc-global files; this file is ctdc-synthetic: give it its own --dataset name")
    }

    @Test("columns that look like direct identifiers are refused, or skipped loudly with --allow-identifiers")
    func identifiers() throws {
        let h = try IngestHarness()
        let file = try h.write("cases.csv", """
            yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,isForcedLabour,firstName,Passport_No,date of birth,meansDebtBondageEarnings,meansThreats,meansAbusePsyPhySex,meansFalsePromises,meansDrugsAlcohol,meansDenyBasicNeeds,meansExcessiveWorkHours,meansWithholdDocs,isSexualExploit,isOtherExploit
            2021,Woman,18--20,KHM,THA,,1,Sokha,N123,1999-01-01,,,,,,,,,,

            """)
        let refused = try h.ingest([file], IngestOptions(format: .ctdc))
        #expect(!refused.committed)
        #expect(refused.errors.map(\.description) == [
            "\(file):1:100: column \"firstName\" looks like a direct identifier (a name); tipdb does not store personal identifiers. Remove the column, or pass --allow-identifiers to load the file without it",
            "\(file):1:110: column \"Passport_No\" looks like a direct identifier (a passport number); tipdb does not store personal identifiers. Remove the column, or pass --allow-identifiers to load the file without it",
            "\(file):1:122: column \"date of birth\" looks like a direct identifier (a date of birth); tipdb does not store personal identifiers. Remove the column, or pass --allow-identifiers to load the file without it",
        ])
        #expect(try h.db.integer("SELECT count(*) FROM cases") == 0)

        let allowed = try h.ingest([file], IngestOptions(format: .ctdc, allowIdentifiers: true))
        #expect(allowed.committed && allowed.errors.isEmpty)
        let warning = try #require(allowed.files.first?.warnings.first)
        #expect(warning.message.hasPrefix("THIS FILE HOLDS PERSONAL DATA: firstName (a name), Passport_No (a passport number), date of birth (a date of birth) look like direct identifiers"))
        #expect(try h.db.integer("SELECT personal_data FROM datasets") == 1)
        let stored = try h.db.rows("SELECT * FROM cases").first
        #expect(stored?.values.contains(.text("Sokha")) == false && stored?.values.contains(.text("N123")) == false)
    }

    @Test("HTCDS person fields and usual spellings are recognised as identifiers; CTDC columns are not")
    func identifierPatterns() {
        for name in ["FirstName", "MiddleName", "SecondName", "surname", "full_name", "Birthdate", "DOB", "Email", "e-mail",
                     "HomePhone", "MobilePhone", "MailingStreet", "MailingPostalCode", "MailingLatitude", "address",
                     "passport_number", "national_id", "IdentityNumber", "prs_FirstName"] {
            #expect(IdentifierColumns.kind(of: name) != nil, "\(name)")
        }
        for spec in CTDCColumn.global + CTDCColumn.synthetic {
            #expect(IdentifierColumns.kind(of: spec.name) == nil, "\(spec.name)")
        }
    }

    @Test("invalid values reject the row at the field; unknown columns and mixed headers are refused")
    func problems() throws {
        let h = try IngestHarness()
        let file = try h.write("bad.csv", """
            yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,isForcedLabour,meansDebtBondageEarnings,meansThreats,meansAbusePsyPhySex,meansFalsePromises,meansDrugsAlcohol,meansDenyBasicNeeds,meansExcessiveWorkHours,meansWithholdDocs,isSexualExploit,isOtherExploit
            2021,Woman,18--20,KHM,THA,,1,,,,,,,,,,
            21,Woman,18--20,ZZ,THA,,yes,,,,,,,,,,
            2022,Alien,18--20,KHM,THA,,,,,,,,,,,,

            """)
        let report = try h.ingest([file], IngestOptions(format: .ctdc, onError: .skip))
        #expect(report.committed)
        #expect(report.files.first?.inserted == 1 && report.files.first?.rejected == 2)
        #expect(report.errors.map(\.description) == [
            "\(file):3:1: yearOfRegistration: \"21\" is not a valid value; expected a four-digit year between 1900 and 2100",
            "\(file):3:17: citizenship: \"ZZ\" is not a valid value; expected an ISO 3166-1 alpha-2 or alpha-3 country code (or -99 for missing)",
            "\(file):3:25: isForcedLabour: \"yes\" is not a valid value; expected 0, 1 or -99 (missing)",
            "\(file):4:6: gender: \"Alien\" is not a valid value; expected Female, Male, Woman, Man or Trans/Transgender/NonConforming (or -99 for missing)",
        ])
        #expect(try h.count("ingest_rejects") == 2)

        let unknown = try h.write("unknown.csv", "yearOfRegistration,Datasource,gendr\n2020,Hotline,Female\n")
        let refused = try h.ingest([unknown], IngestOptions(format: .ctdc))
        #expect(refused.errors.map(\.description).last == "\(unknown):1:31: unknown CTDC column \"gendr\"; did you mean \"gender\"? Expected a column of the Global Dataset or the Global Synthetic Dataset")
        let mixed = try h.write("mixed.csv", "yearOfRegistration,Datasource,traffickMonths\n2020,Hotline,25+\n")
        #expect(try h.ingest([mixed], IngestOptions(format: .ctdc)).errors.first?.message.hasPrefix("the header mixes columns of the Global Dataset (1) and of the Global Synthetic Dataset (1)") == true)
    }

    @Test("thousands of rows cross several batches: rejected rows keep their place, counts add up, a defect stops the file")
    func batches() throws {
        let h = try IngestHarness()
        var text = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,isForcedLabour,meansDebtBondageEarnings,meansThreats,meansAbusePsyPhySex,meansFalsePromises,meansDrugsAlcohol,meansDenyBasicNeeds,meansExcessiveWorkHours,meansWithholdDocs,isSexualExploit,isOtherExploit\n"
        for index in 1...5000 {
            text += index % 1000 == 0 ? "2021,Woman,18--20,XX,THA,,1,,,,,,,,,,\n" : "20\(10 + index % 10),Man,,KHM,THA,,\(index % 2 == 0 ? "1" : ""),,,,,,,,,,\n"
        }
        let file = try h.write("many.csv", text)
        let report = try h.ingest([file], IngestOptions(format: .ctdc, onError: .skip))
        #expect(report.files.first?.read == 5000 && report.files.first?.inserted == 4995 && report.files.first?.rejected == 5)
        #expect(report.errors.map(\.line) == [1001, 2001, 3001, 4001, 5001])
        #expect(try h.db.rows("SELECT line FROM ingest_rejects ORDER BY id").compactMap { $0.int("line") } == [1001, 2001, 3001, 4001, 5001])
        #expect(try h.db.integer("SELECT count(*) FROM cases WHERE is_forced_labour = 1") == 2495)
        #expect(try h.db.integer("SELECT max(line) FROM cases") == 5000)

        let broken = try h.write("broken.csv", text + "2021,\"Woman,18--20,KHM,THA,,1\n")
        let stopped = try h.ingest([broken], IngestOptions(format: .ctdc, onError: .skip, dataset: "broken"))
        #expect(!stopped.committed)
        #expect(stopped.errors.last?.line == 5002)
        #expect(try h.db.integer("SELECT count(*) FROM datasets WHERE name = 'broken'") == 0)
    }

    @Test("texts bound in place from each batch are stored as read, across batches the reading thread refills")
    func textsAcrossBatches() throws {
        let h = try IngestHarness()
        let bands = [("0--8", "0-8"), ("09--17", "9-17"), ("18--20", "18-20"), ("21--23", "21-23"), ("48+", "48+")]
        let codes = ["KHM", "THA", "UKR", "POL", "PHL", "IDN", "VNM"]
        let months = [("0--12 (0-1 yr)", "0-12"), ("13--24 (1-2 yrs)", "13-24"), ("25+ (2+ yrs)", "25+")]
        var text = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,isForcedLabour,meansDebtBondageEarnings,meansThreats,meansAbusePsyPhySex,meansFalsePromises,meansDrugsAlcohol,meansDenyBasicNeeds,meansExcessiveWorkHours,meansWithholdDocs,isSexualExploit,isOtherExploit\n"
        var expected: [[String?]] = []
        for index in 0..<9000 {
            // Missing values move between slots, so a slot is NULL after a text and text after a NULL.
            let band = index % 11 == 0 ? nil : bands[index % bands.count]
            let month = index % 4 == 0 ? nil : months[index % months.count]
            let citizenship = index % 13 == 0 ? nil : codes[index % codes.count]
            let exploitation = codes[(index / 3) % codes.count]
            // Flags repeat for a few rows, then change: an integer is bound again only when it changes.
            let labour = (index / 3) % 2 == 0, threats = index % 5 < 2
            text += "\(2015 + index % 7),\(index % 2 == 0 ? "Woman" : "Man"),\(band?.0 ?? ""),\(citizenship ?? ""),\(exploitation),\(month?.0 ?? ""),"
                + "\(labour ? "1" : ""),,\(threats ? "1" : ""),,,,,,,,\n"
            expected.append([String(2015 + index % 7), index % 2 == 0 ? "female" : "male", band?.1, citizenship, exploitation, month?.1,
                             labour ? "1" : nil, threats ? "1" : nil])
        }
        let file = try h.write("texts.csv", text)
        let report = try h.ingest([file], IngestOptions(format: .ctdc))
        #expect(report.errors.isEmpty && report.files.first?.inserted == 9000, "\(report.errors)")
        let columns = ["year", "gender", "age_band", "citizenship", "country_of_exploitation", "traffick_months", "is_forced_labour", "means_threats_any"]
        let stored = try h.db.rows("SELECT CAST(year AS TEXT) AS year, gender, age_band, citizenship, country_of_exploitation, traffick_months, "
            + "CAST(is_forced_labour AS TEXT) AS is_forced_labour, CAST(means_threats_any AS TEXT) AS means_threats_any FROM cases ORDER BY line")
        let read = stored.map { row in columns.map { row.string($0) } }
        #expect(read.count == expected.count)
        let wrong = zip(read, expected).enumerated().filter { $0.element.0 != $0.element.1 }
        #expect(wrong.isEmpty, "first rows stored wrong (line, stored, expected): \(wrong.prefix(3).map { ($0.offset + 2, $0.element.0, $0.element.1) })")

        // A second file with the same columns in the same command starts from no bindings: its
        // missing values are NULL, not the first file's last values.
        let second = try IngestHarness()
        let header = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,isForcedLabour,meansDebtBondageEarnings,meansThreats,meansAbusePsyPhySex,meansFalsePromises,meansDrugsAlcohol,meansDenyBasicNeeds,meansExcessiveWorkHours,meansWithholdDocs,isSexualExploit,isOtherExploit\n"
        let full = try second.write("full.csv", header + "2021,Woman,09--17,KHM,THA,0--12 (0-1 yr),1,1,1,1,1,1,1,1,1,1,1\n")
        let empty = try second.write("empty.csv", header + "2022,,,,,,,,,,,,,,,,\n")
        let both = try second.ingest([full, empty], IngestOptions(format: .ctdc))
        #expect(both.errors.isEmpty, "\(both.errors)")
        let last = try #require(try second.db.rows("SELECT * FROM cases WHERE year = 2022").first)
        for column in ["gender", "age_band", "citizenship", "country_of_exploitation", "traffick_months", "is_forced_labour", "means_threats_any", "is_other_exploit"] {
            #expect(last[column] == .null, "\(column)")
        }
    }

    @Test("byte-level values: bands, flags and missing markers")
    func values() {
        func band(_ text: String, note: Bool = false) -> String {
            let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 32)
            defer { out.deallocate() }
            return Array(text.utf8).withUnsafeBufferPointer { bytes in
                String(decoding: out[0..<CaseBytes.band(bytes, allowingNote: note, into: out)], as: UTF8.self)
            }
        }
        #expect(band("0--8") == "0-8" && band("09--17") == "9-17" && band("18\u{2013}20") == "18-20" && band("30\u{2014}38") == "30-38")
        #expect(band("48+") == "48+" && band("25+ (2+ yrs)", note: true) == "25+" && band("0--12 (0-1 yr)", note: true) == "0-12")
        #expect(band("adult") == "" && band("20--18") == "" && band("0--12 (0-1 yr)") == "")
        for (text, missing) in [("-99", true), ("", true), ("NULL", true), ("null", true), ("0", false), ("NA", false)] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { CaseBytes.isMissing($0) } == missing, "\(text)")
        }
        for (text, flag) in [("0", Int64(0)), ("1", 1), ("1.0", 1), ("2", nil), ("yes", nil)] as [(String, Int64?)] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { CaseBytes.flag($0) } == flag, "\(text)")
        }
    }

    @Test("the generator writes files of both variants that load row for row")
    func generator() throws {
        let h = try IngestHarness()
        let script = DatasetFiles.directory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scripts/generate_ctdc.py").path
        for variant in ["global", "synthetic"] {
            let out = h.directory.appendingPathComponent("\(variant).csv").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script, "--rows", "400", "--variant", variant, "--out", out]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus != 127 else { return }  // no python3 here
            #expect(process.terminationStatus == 0)
            let report = try h.ingest([out], IngestOptions(dataset: "generated-\(variant)"))
            #expect(report.errors.isEmpty, "\(report.errors.prefix(3))")
            #expect(report.files.first?.inserted == 400)
            #expect(report.files.first?.notes.first == "CTDC \(variant == "global" ? "Global Dataset (ctdc-global)" : "Global Synthetic Dataset (ctdc-synthetic)"), detected from the header")
        }
    }
}
