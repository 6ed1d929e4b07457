import Foundation
import Storage
import Testing

@Suite("CLI: bulk datasets and tipdb derive")
struct DatasetCommandTests {
    private static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("IngestTests/Datasets")

    private func sample(_ name: String) -> String {
        Self.samples.appendingPathComponent(name).path
    }

    /// A Synthetic Dataset file of `groups` (people with one year and country, repeated).
    private func casesFile(in dir: URL, _ groups: [(times: Int, year: String, country: String)]) throws -> String {
        let url = dir.appendingPathComponent("cases.csv")
        try Data(CaseFiles.synthetic(groups).utf8).write(to: url)
        return url.path
    }

    @Test("tipdb ingest reads a GLOTIP export without --format and warns about an inconsistent subgroup")
    func glotip() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", sample("glotip_2024.csv")], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("glotip_2024.csv: 15 read, 15 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning (batch 1)"))
            #expect(result.stderr.contains("warning: \(sample("glotip_2024.csv")):15:109: persons-convicted ZAF 2020, 18 years or over: 14 is larger than the total (12, line 14); loaded as published"))
            #expect(result.stderr.contains("note: \(sample("glotip_2024.csv")): format glotip from the UNODC preamble and the GLOTIP header"))
            let censored = try Tipdb.run(["sql", "SELECT value, censored, low, high FROM figures WHERE key = 'unodc-glotip:detected-trafficking-victims:PHL:2019:female:children'", "--format", "csv"], in: dir)
            #expect(censored.stdout == "value,censored,low,high\r\n,1,1.0,4.0\r\n")
            let newer = try Tipdb.run(["ingest", sample("glotip_2025.csv")], in: dir)
            #expect(newer.status == 0)
            #expect(newer.stderr.contains("vintage 2 of unodc-glotip: export of 2025-04-14"))
        }
    }

    @Test("a brief names the GLOTIP release its figures come from, and says when a newer one superseded it")
    func briefVintages() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", sample("glotip_2024.csv")], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", sample("glotip_2025.csv")], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--format", "md", "--date", "2026-01-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("| unodc-glotip | 2025-04-14 | unodc-glotip-2025-04-14 |"))
            #expect(brief.stdout.contains("| latest | 7 |"), "the seven figures of the 2025 export")
            // Figures the newer export dropped are still in the brief, and their release is named as superseded.
            #expect(brief.stdout.contains("| unodc-glotip | 2024-11-30 | unodc-glotip-2024-11-30 |"))
            #expect(brief.stdout.contains("| superseded by a newer release | 9 |"))
            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-01-01"], in: dir)
            #expect(json.stdout.contains("\"isLatest\": true"))
        }
    }

    @Test("a CTDC dataset version is cited as CTDC asks, by briefs and bibliographies; loading its file again on a later day changes nothing")
    func ctdcCitation() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try FileManager.default.copyItem(atPath: sample("ctdc_global_sample.csv"), toPath: dir.appendingPathComponent("ctdc_global.csv").path)
            let first = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "ctdc-global", "--released", "2024-03-01", "ctdc_global.csv"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let dates = try Tipdb.run([
                "sql", "SELECT s.published, s.accessed = substr(d.loaded_at, 1, 10) AS accessed_on_load_day FROM sources s JOIN datasets d ON d.source = s.key",
                "--format", "csv",
            ], in: dir)
            #expect(dates.stdout == "published,accessed_on_load_day\r\n2024-03-01,1\r\n")

            // As if the first load had been on 15 January 2025: a load today must leave that date.
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("UPDATE sources SET accessed = '2025-01-15'")
            try db.execute("UPDATE datasets SET loaded_at = '2025-01-15T09:00:00.000Z'")
            db.close()
            let again = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "ctdc-global", "ctdc_global.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "ctdc_global.csv: 5 read, 0 inserted, 0 updated, 5 unchanged, 0 rejected (batch 2)\n")
            let revisions = try Tipdb.run(["sql", "SELECT count(*) AS n FROM source_revisions WHERE batch_id = 2", "--format", "csv"], in: dir)
            #expect(revisions.stdout == "n\r\n0\r\n")

            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "ctdc-global", "--by", "country,year"], in: dir).status == 0)
            let entry = "Counter-Trafficking Data Collaborative (CTDC) (2024). Global Dataset \\[Dataset\\]. 1 March 2024. <https://www.ctdatacollaborative.org/>. Accessed 15 January 2025."
            let sources = try Tipdb.run(["report", "sources"], in: dir)
            #expect(sources.stdout == "# Sources\n\n- \(entry) (key: ctdc-global-v1)\n")
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-01-01"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            // Five people: a group below 11, published as its total only, not by year (2020 before).
            #expect(brief.stdout.contains("| Victims recorded in case-level data | World | \\<11 |  | 2018-2020 | CTDC 2024 [1] | a |\n"))
            #expect(brief.stdout.contains("\n[1] \(entry)\n"))
            #expect(!brief.stdout.contains("n.d."))
        }
    }

    @Test("case-level ingest refuses identifier columns (exit 1) and says loudly when they were allowed")
    func identifiers() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let file = dir.appendingPathComponent("with-names.csv")
            let person = CaseFiles.syntheticRow(["yearOfRegistration": "2021", "gender": "Woman", "citizenship": "KHM", "CountryOfExploitation": "THA"])
            try Data((CaseFiles.syntheticHeader + ",surname\n" + person + ",Sok\n").utf8).write(to: file)
            let refused = try Tipdb.run(["ingest", "--format", "ctdc", file.path], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("column \"surname\" looks like a direct identifier (a name)"))
            let allowed = try Tipdb.run(["ingest", "--format", "ctdc", "--allow-identifiers", file.path], in: dir)
            #expect(allowed.status == 0, "\(allowed.stderr)")
            #expect(allowed.stderr.contains("warning: \(file.path):1:1: THIS FILE HOLDS PERSONAL DATA: surname (a name)"))
            let stored = try Tipdb.run(["sql", "SELECT count(*) AS n FROM cases", "--format", "csv"], in: dir)
            #expect(stored.stdout == "n\r\n1\r\n")
        }
    }

    @Test("a CTDC file without the columns derive counts by is refused, listing them; other columns may be missing, and cut or misspelled names still count")
    func countedColumnsRequired() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Data("yearOfRegistration,Datasource,gender\n2022,Case Management,Female\n2019,Hotline,Male\n".utf8)
                .write(to: dir.appendingPathComponent("three.csv"))
            let three = try Tipdb.run(["ingest", "--format", "ctdc", "three.csv", "--dataset", "three"], in: dir)
            #expect(three.status == 1)
            let missing = ["ageBroad", "citizenship"] + CaseFiles.globalColumns.filter { $0.hasPrefix("meansOfControl") && !$0.hasSuffix("NotSpecified") && !$0.hasSuffix("Concatenated") }
                + ["isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour", "isForcedMarriage", "isForcedMilitary",
                   "isOrganRemoval", "isSlaveryAndPractices", "CountryOfExploitation"]
            #expect(three.stderr.hasPrefix("three.csv:1:1: not the whole CTDC Global Dataset: 28 of the 30 columns tipdb derive counts people by are not in the header: \(missing.joined(separator: ", ")). Left out, they would be stored as not recorded for every person and counted so. Expected the file as CTDC publishes it (names cut to 32 characters or misspelled are accepted); if the file really did not record a column, add it with -99 (missing) in every row\n"), "\(three.stderr)")
            #expect(three.stdout.hasPrefix("three.csv: 0 read"), "\(three.stdout)")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n FROM datasets", "--format", "csv"], in: dir).stdout == "n\r\n0\r\n")

            // One flag of the form group left out of a Synthetic file: named alone.
            let columns = CaseFiles.syntheticColumns.filter { $0 != "isOtherExploit" }
            try Data((columns.joined(separator: ",") + "\n2020" + String(repeating: ",", count: columns.count - 1) + "\n").utf8)
                .write(to: dir.appendingPathComponent("no-other.csv"))
            let one = try Tipdb.run(["ingest", "--format", "ctdc", "no-other.csv", "--dataset", "s"], in: dir)
            #expect(one.status == 1)
            #expect(one.stderr.hasPrefix("no-other.csv:1:1: not the whole CTDC Global Synthetic Dataset: 1 of the 16 columns tipdb derive counts people by is not in the header: isOtherExploit. Left out, it would be stored as not recorded for every person and counted so. Expected the file as CTDC publishes it (names cut to 32 characters or misspelled are accepted); if the file really did not record that column, add it with empty cells (missing) in every row\n"), "\(one.stderr)")

            // Columns derive does not read may be missing; names cut to 32 characters or misspelled count as present.
            let kept = CaseFiles.globalColumns.filter { !$0.hasPrefix("typeOfLabour") && $0 != "RecruiterRelationship" }
            let written = kept.map { ["meansOfControlPsychoactiveSubstances": "meansOfControlPsychoactiveSubsta", "CountryOfExploitation": "CountryOfExploition"][$0] ?? $0 }
            try Data((written.joined(separator: ",") + "\n" + kept.map { $0 == "yearOfRegistration" ? "2019" : "-99" }.joined(separator: ",") + "\n").utf8)
                .write(to: dir.appendingPathComponent("partial.csv"))
            let partial = try Tipdb.run(["ingest", "--format", "ctdc", "partial.csv", "--dataset", "g"], in: dir)
            #expect(partial.status == 0, "\(partial.stderr)")
            #expect(partial.stderr.contains("note: partial.csv: column aliases used: meansOfControlPsychoactiveSubsta → meansOfControlPsychoactiveSubstances, CountryOfExploition → CountryOfExploitation\n"), "\(partial.stderr)")
            #expect(partial.stderr.contains("note: partial.csv: 15 columns of the Global Dataset not in the file, stored as NULL: typeOfLabourAgriculture, "), "\(partial.stderr)")
            #expect(partial.stdout == "partial.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)\n")
        }
    }

    @Test("export datasette-metadata warns on standard error when the database holds case rows, and says nothing for one without")
    func exportWarnsOfCases() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let clean = try Tipdb.run(["export", "datasette-metadata", "-o", "metadata.json"], in: dir)
            #expect(clean.status == 0 && clean.stderr.isEmpty, "\(clean.stderr)")
            let file = try casesFile(in: dir, [(30, "2019", "USA"), (5, "2020", "USA")])
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file], in: dir).status == 0)
            let result = try Tipdb.run(["export", "datasette-metadata", "-o", "metadata.json"], in: dir)
            #expect(result.status == 0)
            #expect(result.stderr == "warning: the database holds 35 case-level rows (personal data, table cases): the metadata hides the table from Datasette's list, but anyone who can query the database can read them; publish a copy without them (tipdb backup copy.sqlite, then sqlite3 copy.sqlite \"DELETE FROM cases; DELETE FROM ingest_rejects WHERE batch_id IN (SELECT id FROM ingest_batches WHERE format = 'ctdc'); VACUUM\") or the derived figures only\n" + DatasettePublicationTests.note)
            // The metadata itself is written as before: cases hidden.
            let metadata = try String(contentsOf: dir.appendingPathComponent("metadata.json"), encoding: .utf8)
            #expect(metadata.contains("\"hidden\": true"))

            // Derived from version 1, then from a version 2: version 1's figures are superseded.
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country"], in: dir).status == 0)
            let newer = try casesFile(in: dir, [(30, "2019", "USA"), (25, "2020", "USA")])
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", newer], in: dir).status == 0)
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country"], in: dir).status == 0)
            let both = try Tipdb.run(["export", "datasette-metadata", "-o", "metadata.json"], in: dir)
            let warnings = both.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("warning: ") }
            #expect(warnings.count == 2, "\(both.stderr)")
            #expect(warnings.last?.hasPrefix("warning: ") == true)
            #expect(warnings.last?.contains(" derived from a dataset version that a newer derived version supersedes, and the export publishes every version's figures") == true)
        }
    }

    @Test("derive's summary shows the total as <k when the whole dataset is below the minimum cell size, as its stored total is")
    func summaryTotalSuppressed() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let file = try casesFile(in: dir, [(30, "2019", "USA"), (5, "2020", "USA")])
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file], in: dir).status == 0)
            let small = try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "year", "--min-cell", "100", "--dry-run"], in: dir)
            #expect(small.status == 0, "\(small.stderr)")
            #expect(small.stdout.contains("), <100 people, by year: "), "\(small.stdout)")
            #expect(!small.stdout.contains(" 35 "))
            let large = try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "year", "--dry-run"], in: dir)
            #expect(large.stdout.contains("), 35 people, by year: "), "\(large.stdout)")
        }
    }

    @Test("tipdb derive ctdc never shows a count below the minimum cell size; no view exposes case rows")
    func derive() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let file = try casesFile(in: dir, [(30, "2019", "USA"), (5, "2020", "USA"), (40, "2019", "PHL"), (20, "2020", "PHL"), (3, "2021", "THA")])
            let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let result = try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country,year", "--show"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.last?.hasPrefix("sample version 1 (sha256 ") == true)
            let shown = lines.filter { $0.contains("  count  ") }.map { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")[0] }
            #expect(!shown.isEmpty)
            for value in shown {
                #expect((value.hasPrefix("<") && (Int(value.dropFirst()) ?? 0) >= 11) || (Int(value) ?? 0) >= 11, "\(value) shown")
            }
            #expect(result.stderr.contains("note: cite as: CTDC Global Synthetic Dataset (dataset sample version 1, sha256 "))
            let stored = try Tipdb.run(["sql", "SELECT value, censored, low, high FROM figures WHERE key = 'sample-v1/count/country:USA/year:2020'", "--format", "csv"], in: dir)
            #expect(stored.stdout == "value,censored,low,high\r\n,1,1.0,10.0\r\n")
            let views = try Tipdb.run(["sql", "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'view' AND sql LIKE '%cases%'", "--format", "csv"], in: dir)
            #expect(views.stdout == "n\r\n0\r\n")
        }
    }

    @Test("derive: a dataset or version the database does not hold is a usage error (64), as an unknown dimension is, with the closest names")
    func deriveErrors() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let unknown = try Tipdb.run(["derive", "ctdc", "--dataset", "nope", "--by", "year"], in: dir)
            #expect(unknown.status == 64)
            #expect(unknown.stderr == "tipdb: error: unknown dataset \"nope\"; no case-level dataset is loaded (tipdb ingest --format ctdc FILE)\n")
            #expect(unknown.stdout.isEmpty)
            // With --json the same failure is JSON on standard output, as ingest and status print theirs.
            let json = try Tipdb.run(["derive", "ctdc", "--dataset", "nope", "--by", "year", "--json"], in: dir)
            #expect(json.status == 64)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
            #expect(object["exitCode"] as? Int == 64)
            #expect(object["error"] as? String == "unknown dataset \"nope\"; no case-level dataset is loaded (tipdb ingest --format ctdc FILE)", "\(json.stdout)")
            #expect(json.stderr == unknown.stderr)
            let usage = try Tipdb.run(["derive", "ctdc", "--dataset", "nope", "--by", "planet"], in: dir)
            #expect(usage.status == 64)
            #expect(usage.stderr.contains("unknown dimension \"planet\" in --by"))
            // With datasets loaded: the closest names, and a version that is not there.
            let file = try casesFile(in: dir, [(30, "2019", "USA")])
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "ctdc-global", file], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file], in: dir).status == 0)
            let typo = try Tipdb.run(["derive", "ctdc", "--dataset", "ctdc-globl", "--by", "year"], in: dir)
            #expect(typo.status == 64)
            #expect(typo.stderr == "tipdb: error: unknown dataset \"ctdc-globl\"; did you mean \"ctdc-global\"? Expected one of ctdc-global, sample\n")
            #expect(typo.stdout.isEmpty)
            let version = try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--dataset-version", "3", "--by", "year", "--json"], in: dir)
            #expect(version.status == 64)
            #expect(version.stderr == "tipdb: error: dataset sample has no version 3; expected 1 to 1\n")
            #expect(version.stdout == "{\"error\": \"dataset sample has no version 3; expected 1 to 1\", \"exitCode\": 64}\n")
        }
    }

    @Test("an option no file given reads, or a --dataset, --measure or --source that names nothing, is a usage error (exit 64) saying what it is for; nothing is written")
    func optionsThatCannotApply() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let database = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Data(contentsOf: database)
            let figures = repositoryRoot.appendingPathComponent("Fixtures/figures.csv").path
            let cases = try casesFile(in: dir, [(times: 3, year: "2019", country: "USA")])
            let cases_ = "\(cases) is ctdc"
            let refused: [([String], String)] = [
                ([figures, "--dataset", "mine"], "--dataset applies to ctdc files only, and no file given is one (\(figures) is figures (csv)); leave it out, or pass --format when a file is one of them"),
                ([figures, "--source", "ilo-2005-global-alliance"], "--source applies to ctdc, glotip, owid files only, and no file given is one (\(figures) is figures (csv))"),
                ([figures, "--released", "2024-01-01"], "--released applies to ctdc, glotip files only"),
                ([figures, "--allow-identifiers"], "--allow-identifiers applies to ctdc files only"),
                ([cases, "--measure", "forced-labour"], "--measure applies to owid files only, and no file given is one (\(cases_))"),
                ([cases, "--metadata", "m.json"], "--metadata applies to owid files only"),
                ([cases, "--dataset", ""], "--dataset: \"\" is not a usable key; expected letters, digits and - _ . : / only"),
                ([cases, "--source", "ilo-2050"], "--source: unknown source \"ilo-2050\"; expected the key of a source in the database or in a sources file of the same command"),
                ([sample("detected-victims.csv"), "--measure", "forced-labor"], "--measure: unknown measure \"forced-labor\"; did you mean \"forced-labour\"?"),
            ]
            for (arguments, message) in refused {
                let result = try Tipdb.run(["ingest"] + arguments, in: dir)
                #expect(result.status == 64, "\(arguments): \(result.stderr)")
                #expect(result.stderr.hasPrefix("tipdb: error: " + message), "\(arguments): \(result.stderr)")
                #expect(try Data(contentsOf: database) == before, "\(arguments)")
            }
            let json = try Tipdb.run(["ingest", "--json", figures, "--dataset", "mine"], in: dir)
            #expect(json.status == 64)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
            #expect(object["exitCode"] as? Int == 64)
            #expect((object["error"] as? String)?.hasPrefix("--dataset applies to ctdc files only") == true)
            // Given to a file that reads it and another that does not, an option is a note on the other.
            let mixed = try Tipdb.run(["ingest", "--dry-run", "--dataset", "mine", cases, sample("glotip_2024.csv")], in: dir)
            #expect(mixed.status == 0, "\(mixed.stderr)")
            #expect(mixed.stderr.contains("--dataset applies to ctdc files only; not used for this glotip file"))
        }
    }

    @Test("ingest --help documents the dataset options")
    func help() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["ingest", "--help"], in: dir)
            for option in ["--source", "--dataset", "--allow-identifiers", "--measure", "--metadata", "glotip", "ctdc", "owid"] {
                #expect(help.stdout.contains(option), "\(option)")
            }
        }
    }
}
