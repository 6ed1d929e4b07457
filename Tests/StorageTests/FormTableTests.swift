import Foundation
import Storage
import Testing

/// The `forms` and `form_aliases` tables are what ingest and `tipdb check` read; the binary's
/// copy (`ExploitationForm.all`) is what `tipdb ingest --help-details` prints. These tests keep the two
/// from drifting apart.
@Suite("Forms of exploitation: the forms tables")
struct FormTableTests {
    @Test("the migrated tables hold exactly ExploitationForm.all: codes in order, labels, definitions and aliases")
    func tablesEqualTheBinarysList() throws {
        let db = try ReferenceDataTests.migrated()
        let stored = try ExploitationForm.all(in: db)
        #expect(stored.map(\.code) == ExploitationForm.all.map(\.code))
        for (table, binary) in zip(stored, ExploitationForm.all) {
            #expect(table.label == binary.label, "\(binary.code)")
            #expect(table.definition == binary.definition, "\(binary.code)")
            // The table keeps no order of aliases: compared as sets, and each is one row.
            #expect(table.aliases.sorted() == binary.aliases.sorted(), "\(binary.code)")
        }
        #expect(try db.integer("SELECT count(*) FROM forms") == 20)  // m0016's 19 and m0062's unknown
        #expect(try db.integer("SELECT count(*) FROM form_aliases") == Int64(ExploitationForm.all.map(\.aliases.count).reduce(0, +)))
    }

    @Test("a spelling names one form: no alias is another form's code or label, however it is cased or hyphenated")
    func spellingsNameOneForm() throws {
        let db = try ReferenceDataTests.migrated()
        var owner: [String: String] = [:]
        for form in try ExploitationForm.all(in: db) {
            for name in [form.code, form.label] + form.aliases {
                let slug = ExploitationForm.slug(name)
                #expect(owner[slug] == nil || owner[slug] == form.code, "\(name) names \(owner[slug] ?? "") and \(form.code)")
                owner[slug] = form.code
            }
        }
        // The table refuses a second form for a spelling, in another case too.
        #expect(throws: StorageError.self) { try db.execute("INSERT INTO form_aliases (alias, form) VALUES ('Forced Labor', 'begging')") }
        #expect(throws: StorageError.self) { try db.execute("INSERT INTO form_aliases (alias, form) VALUES ('forced toil', 'no-such-form')") }
    }

    @Test("the vocabulary read from the database resolves codes, labels, aliases and GLOTIP's prefix")
    func vocabularyFromTheDatabase() throws {
        let db = try ReferenceDataTests.migrated()
        let forms = try FormVocabulary(db: db)
        #expect(forms.codes == ExploitationForm.all.map(\.code))
        #expect(forms.code(for: "Trafficking for the removal of organs") == "organ-removal")
        #expect(forms.code(for: "FORCED_LABOR") == "forced-labour")
        #expect(forms.code(for: "ForcedMilitaryByNonStateActors") == "forced-military-service")
        #expect(forms.code(for: "forced toil") == nil)
        try db.execute("INSERT INTO forms (code, label, definition) VALUES ('forced-toil', 'Forced toil', 'a form added by an analyst')")
        try db.execute("INSERT INTO form_aliases (alias, form) VALUES ('toil', 'forced-toil')")
        let added = try FormVocabulary(db: db)
        #expect(added.codes.last == "forced-toil", "a form added later is listed after the seeded ones")
        #expect(added.code(for: "Forced toil") == "forced-toil" && added.code(for: "TOIL") == "forced-toil")
    }
}
