import Foundation
@testable import Ingest
import Storage
import Testing

/// Two `--dataset` names that hold the same people (review F1): an older release loaded under a
/// second name, or the same file twice. Derived apart, their tables escaped the audit between
/// versions (Moldova's 3 people, `<11` in the newer release, were 23 − 20 beside the older one's
/// Philippines) and the one `--min-cell` of a version (the copy, derived with 2, printed the 3).
@Suite("derive ctdc: datasets that hold the same people are refused, not derived apart")
struct DeriveSamePeopleTests {
    typealias People = DatasetsDeriveTests.People

    /// The file of `people` as a Synthetic Dataset.
    private func file(_ people: [People]) -> String {
        var text = DatasetsDeriveTests.header + "\n"
        for group in people {
            let line = [group.year, group.gender, "", group.citizenship, group.country, ""] + Array(repeating: "", count: 11)
            text += String(repeating: line.joined(separator: ",") + "\n", count: group.times)
        }
        return text
    }

    private let older = [People(times: 30), People(times: 20, country: "PHL")]
    private var newer: [People] { older + [People(times: 3, country: "MDA")] }

    private func load(_ h: IngestHarness, _ people: [People], as name: String, file: String, released: String) throws {
        let report = try h.ingest([try h.write(file, self.file(people))], IngestOptions(format: .ctdc, dataset: name, released: released))
        #expect(report.errors.isEmpty, "\(report.errors)")
    }

    private func derive(_ h: IngestHarness, _ name: String, minCell: Int = 11) throws -> DerivationReport {
        try CaseDerivation(db: h.db, options: DeriveOptions(dataset: name, dimensions: [.country], minCell: minCell)).run()
    }

    private static let older = "they hold the same people, the latter some more, as a later release holds an earlier one; a reader holding tables derived from both could subtract one from the other and count the people added between them, and derive audits tables together only within one dataset (its versions); nothing was stored: derive from dataset"

    @Test("an older release under a second name: refused once the newer one has tables, whichever is derived first")
    func olderRelease() throws {
        let h = try IngestHarness()
        try load(h, newer, as: "ctdc", file: "new.csv", released: "2024-03-01")
        try load(h, older, as: "ctdc-2023", file: "old.csv", released: "2023-03-01")
        _ = try derive(h, "ctdc")
        let error = #expect(throws: DeriveError.self) { try derive(h, "ctdc-2023") }
        #expect(error?.description == "every case row of dataset ctdc-2023 version 1 is in dataset ctdc version 1, which tables are derived from already: "
            + Self.older + " ctdc only, or load both releases as versions of one --dataset, oldest first, in a new database (tipdb init), where each release's tables are audited with the other's (dataset ctdc-2023's own tables, if any, stay as they were)")
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE source = 'ctdc-2023-v1'") == 0)
        #expect(try h.db.integer("SELECT count(*) FROM derivations") == 1)

        // The other way round: the older release derived first, the newer one is refused.
        let reversed = try IngestHarness()
        try load(reversed, newer, as: "ctdc", file: "new.csv", released: "2024-03-01")
        try load(reversed, older, as: "ctdc-2023", file: "old.csv", released: "2023-03-01")
        _ = try derive(reversed, "ctdc-2023")
        let refused = #expect(throws: DeriveError.self) { try derive(reversed, "ctdc") }
        #expect(refused?.description == "every case row of dataset ctdc-2023 version 1, which tables are derived from already, is in dataset ctdc version 1: "
            + Self.older + " ctdc-2023 only, or load both releases as versions of one --dataset, oldest first, in a new database (tipdb init), where each release's tables are audited with the other's (dataset ctdc's own tables, if any, stay as they were)")
        #expect(try reversed.db.integer("SELECT count(*) FROM figures WHERE source = 'ctdc-v1'") == 0)
    }

    @Test("the same file under a second name is refused, with --min-cell 2 too, naming the dataset to derive from")
    func sameFile() throws {
        let h = try IngestHarness()
        try load(h, newer, as: "ctdc", file: "new.csv", released: "2024-03-01")
        try load(h, newer, as: "ctdc-copy", file: "new.csv", released: "2024-03-01")
        _ = try derive(h, "ctdc")
        let sha = try #require(try h.db.scalar("SELECT sha256 FROM datasets WHERE name = 'ctdc'")?.textValue)
        let error = #expect(throws: DeriveError.self) { try derive(h, "ctdc-copy", minCell: 2) }
        #expect(error?.description == "dataset ctdc-copy version 1 is the same file (sha256 \(sha.prefix(12))…) as dataset ctdc version 1, which tables are derived from already; a reader holding tables derived from both could read in one a count the other suppresses, and derive audits tables together only within one dataset (its versions); nothing was stored: derive from dataset ctdc instead, the same file (dataset ctdc-copy's own tables, if any, stay as they were)")
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE source = 'ctdc-copy-v1'") == 0)
    }

    @Test("another dataset of other people is derived as before")
    func otherPeople() throws {
        let h = try IngestHarness()
        try load(h, newer, as: "ctdc", file: "new.csv", released: "2024-03-01")
        try load(h, [People(times: 12, year: "2018"), People(times: 15, year: "2018", country: "PHL")], as: "ngo", file: "ngo.csv", released: "2024-05-01")
        _ = try derive(h, "ctdc")
        let report = try derive(h, "ngo")
        #expect(report.counts == 3 && report.inserted == 3)
    }

    @Test("a first table of the other dataset that lands between audit and write: audited again, refused, nothing written")
    func otherDerivedMeanwhile() throws {
        let h = try IngestHarness()
        try load(h, newer, as: "ctdc", file: "new.csv", released: "2024-03-01")
        try load(h, older, as: "ctdc-2023", file: "old.csv", released: "2023-03-01")
        var derive = CaseDerivation(db: h.db, options: DeriveOptions(dataset: "ctdc-2023", dimensions: [.country], minCell: 11))
        var audits = 0
        derive.afterAudit = {
            audits += 1
            guard audits == 1 else { return }
            // Another process derives the newer release while this derivation audits the older one.
            let second = try DatabaseFile.open(h.path, for: .write)
            defer { second.close() }
            _ = try CaseDerivation(db: second, options: DeriveOptions(dataset: "ctdc", dimensions: [.country])).run()
        }
        let error = #expect(throws: DeriveError.self) { try derive.run() }
        #expect(error?.description.hasPrefix("every case row of dataset ctdc-2023 version 1 is in dataset ctdc version 1, which tables are derived from already") == true,
                "\(String(describing: error))")
        #expect(audits == 1)
        #expect(try h.db.integer("SELECT count(*) FROM figures WHERE source = 'ctdc-2023-v1'") == 0)
        #expect(try h.db.integer("SELECT count(*) FROM derivations") == 1)
    }
}
