import Ingest
import Storage
import Testing

/// Forms of exploitation come from one vocabulary, the database's `forms` table: a form written
/// two ways would be two subgroups that no brief compares.
@Suite("Forms of exploitation: codes, labels and common spellings")
struct FormVocabularyTests {
    /// The forms of a freshly migrated database, as ingest loads them.
    static let forms = Result { () throws -> FormVocabulary in
        let db = try Database.inMemory()
        try Migrator().migrate(db)
        return try FormVocabulary(db: db)
    }

    @Test("accepted forms are stored as their code", arguments: [
        ("sexual-exploitation", "sexual-exploitation"),
        ("Sexual exploitation", "sexual-exploitation"),
        ("SEXUAL_EXPLOITATION", "sexual-exploitation"),
        ("Trafficking for sexual exploitation", "sexual-exploitation"),
        (" forced labour ", "forced-labour"),
        ("forced labor", "forced-labour"),
        ("forced-labor", "forced-labour"),
        ("Forced marriage", "forced-marriage"),
        ("Forced criminal activity", "forced-criminal-activity"),
        ("Begging", "begging"),
        ("forced begging", "begging"),
        ("Organ removal", "organ-removal"),
        ("Trafficking for the removal of organs", "organ-removal"),
        ("Domestic servitude", "domestic-servitude"),
        ("Illegal adoption", "illegal-adoption"),
        ("Child soldiers", "forced-military-service"),
        ("Use in armed combat", "forced-military-service"),
        ("Baby selling", "baby-selling"),
        ("Mixed exploitation", "mixed-forms"),
        ("Mixed sexual exploitation and forced labour", "sexual-and-labour-exploitation"),
        ("Other purposes", "other-exploitation"),
        ("Other forms of exploitation", "other-exploitation"),
        ("State-imposed forced labour", "state-imposed-forced-labour"),
        ("Forced commercial sexual exploitation", "forced-commercial-sexual-exploitation"),
        ("slavery-and-similar-practices", "slavery-and-similar-practices"),
        ("ForcedLabour", "forced-labour"),
        ("ForcedMilitaryByNonStateActors", "forced-military-service"),
        ("ChildLabour", "child-labour"),
        ("Servitude", "slavery-and-similar-practices"),
        // m0066: the UK NRM's category and the EU Trafficking Directive's wording (quarterly review 8).
        ("Criminal exploitation", "forced-criminal-activity"),
        ("exploitation of criminal activities", "forced-criminal-activity"),
        ("labour trafficking", "forced-labour"),
        ("Labor trafficking", "forced-labour"),
        ("domestic slavery", "domestic-servitude"),
        ("organ harvesting", "organ-removal"),
    ])
    func accepted(text: String, code: String) throws {
        let forms = try Self.forms.get()
        #expect(try Terms.exploitationForm(text, among: forms) == code)
        #expect(Terms.form(text, among: forms) == code, "bulk loaders store the same code")
    }

    @Test("no form: empty, total and all")
    func none() throws {
        let forms = try Self.forms.get()
        for text in ["", " ", "Total", "all"] { #expect(try Terms.exploitationForm(text, among: forms) == nil) }
    }

    @Test("anything else is refused with the nearest forms and every code", arguments: [
        ("sexual-exploitaton", "unknown form of exploitation \"sexual-exploitaton\"; did you mean \"sexual-exploitation\"? Expected one form per figure"),
        ("Forced Labuor", "unknown form of exploitation \"Forced Labuor\"; did you mean \"forced-labour\"? Expected one form per figure"),
        ("trafficking", "unknown form of exploitation \"trafficking\"; expected one form per figure"),
    ])
    func refused(text: String, message: String) throws {
        let forms = try Self.forms.get()
        let error = #expect(throws: Terms.Failure.self) { try Terms.exploitationForm(text, among: forms) }
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
        // unknown (m0062's row) is said once, last, with what it means.
        let named = ExploitationForm.all.map(\.code).filter { $0 != ExploitationForm.unknown }
        #expect(error?.message.hasSuffix(", by code or label: \(named.joined(separator: ", ")), or unknown when the source does not identify the form") == true)
    }

    /// Quarterly review 8: words whose form depends on what the figure counts got the nearest
    /// code, or none (`forced prostitution`); they now name both forms and when each applies.
    @Test("a word that names different forms depending on what the figure counts is refused with both", arguments: [
        ("Forced prostitution", "sexual-exploitation for a count of trafficking", "forced-commercial-sexual-exploitation for a forced labour figure"),
        ("debt bondage", "privately-imposed-forced-labour for the ILO's estimates", "slavery-and-similar-practices where the source counts it"),
        ("Bonded_labor", "such as forced-labour", "(breakdown: means of control: debt bondage)"),
        ("sexual  slavery", "sexual-exploitation (trafficking for sexual exploitation)", "slavery-and-similar-practices"),
    ])
    func namedTwoWays(text: String, first: String, second: String) throws {
        let forms = try Self.forms.get()
        let error = #expect(throws: Terms.Failure.self) { try Terms.exploitationForm(text, among: forms) }
        let message = error?.message ?? ""
        #expect(message.hasPrefix("form of exploitation \"\(text)\" names different forms depending on what the figure counts; expected "), "\(message)")
        #expect(message.contains(first) && message.contains(second), "\(message)")
        #expect(!message.contains("did you mean"), "\(message)")
    }

    @Test("an alias an analyst adds for such a word is read first: the word then names that form")
    func analystsAliasWins() throws {
        let forms = ExploitationForm.all.map { form in
            form.code == "sexual-exploitation"
                ? ExploitationForm(code: form.code, label: form.label, definition: form.definition, aliases: form.aliases + ["forced prostitution"])
                : form
        }
        #expect(try Terms.exploitationForm("Forced prostitution", among: FormVocabulary(forms: forms)) == "sexual-exploitation")
    }

    @Test("several forms in one cell are named as such, not matched to the nearest single form", arguments: [
        ("forced labour; sexual exploitation", "\"forced labour; sexual exploitation\" names several forms (forced-labour, sexual-exploitation); expected one form per figure: sexual-and-labour-exploitation or mixed-forms for a figure of several, or one figure per form"),
        ("Begging, forced labor", "\"Begging, forced labor\" names several forms (begging, forced-labour); expected one form per figure: sexual-and-labour-exploitation or mixed-forms for a figure of several, or one figure per form"),
    ])
    func several(text: String, message: String) throws {
        let forms = try Self.forms.get()
        let error = #expect(throws: Terms.Failure.self) { try Terms.exploitationForm(text, among: forms) }
        #expect(error?.message == message)
    }

    @Test("every form CTDC's derived figures store is a code of the forms table (that each spelling names one form: FormTableTests)")
    func coversLoaders() throws {
        let ctdc = ["forced-labour", "sexual-exploitation", "other-exploitation", "sexual-and-labour-exploitation",
                    "forced-marriage", "forced-military-service", "organ-removal", "slavery-and-similar-practices"]
        let codes = try Self.forms.get().codes
        #expect(ctdc.filter { !codes.contains($0) }.isEmpty)
        #expect(Set(codes).count == codes.count)
    }

    @Test("a form and a spelling added to the forms tables with SQL are accepted and suggested by the next ingest")
    func formAddedBySQL() throws {
        let harness = try IngestHarness()
        try harness.db.execute("INSERT INTO forms (code, label, definition) VALUES ('online-sexual-exploitation', 'Online sexual exploitation', 'sexual exploitation through live streaming')")
        try harness.db.execute("INSERT INTO form_aliases (alias, form) VALUES ('live streaming', 'online-sexual-exploitation')")
        let figures = """
            key,measure,value,place,period,form,source
            a,detected-trafficking-victims,5,FRA,2020,Online sexual exploitation,ilo-2005
            b,detected-trafficking-victims,6,FRA,2021,live-streaming,ilo-2005

            """
        let report = try harness.ingest([harness.write("s.csv", IngestHarness.sources), harness.write("f.csv", figures)])
        #expect(report.files.map(\.rejected) == [0, 0], "\(report)")
        #expect(try harness.db.rows("SELECT form FROM figures ORDER BY key").map { $0.string("form") } == ["online-sexual-exploitation", "online-sexual-exploitation"])

        let vocabulary = try Vocabulary(db: harness.db)
        let error = #expect(throws: Terms.Failure.self) { try Terms.exploitationForm("onlin sexual exploitation", among: vocabulary.forms) }
        #expect(error?.message.hasPrefix("unknown form of exploitation \"onlin sexual exploitation\"; did you mean \"online-sexual-exploitation\" or \"sexual-exploitation\"?") == true, "\(error?.message ?? "")")
        #expect(error?.message.hasSuffix(", other-exploitation, online-sexual-exploitation, or unknown when the source does not identify the form") == true, "the added form is listed last")
    }

    @Test("a spelling added with SQL that folds like another form's names neither: ingest refuses it with both codes, check reports it, and codes still name their form")
    func ambiguousSpelling() throws {
        let harness = try IngestHarness()
        // "Forced_Labour" folds like forced-labour's code; "Forced-Surrogacy" like surrogacy's label.
        try harness.db.execute("INSERT INTO form_aliases (alias, form) VALUES ('Forced_Labour', 'sexual-exploitation'), ('Forced-Surrogacy', 'forced-marriage')")
        let vocabulary = try FormVocabulary(db: harness.db)
        for code in ["forced-labour", "ForcedLabour", "Forced_Labour"] {
            #expect(vocabulary.code(for: code) == "forced-labour", "a code always names its form, hyphenated or as one word")
        }
        #expect(vocabulary.claimants(of: "Trafficking for forced surrogacy") == ["forced-marriage", "surrogacy"])
        #expect(vocabulary.code(for: "Forced Surrogacy") == nil)
        #expect(vocabulary.claimants(of: "Forced Surrogacy") == ["forced-marriage", "surrogacy"])
        #expect(vocabulary.claimants(of: "forced labour") == nil)
        #expect(vocabulary.ambiguous["forced-labour"] == ["sexual-exploitation", "forced-labour"])

        let figures = try harness.write("f.csv", """
            key,measure,value,place,period,form,source
            a,detected-trafficking-victims,5,FRA,2020,Forced surrogacy,ilo-2005
            b,detected-trafficking-victims,6,FRA,2021,forced labour,ilo-2005

            """)
        let report = try harness.ingest([harness.write("s.csv", IngestHarness.sources), figures])
        #expect(report.errors.map(\.description) == [
            "\(figures):2:43: form: form of exploitation \"Forced surrogacy\" is a spelling of 2 forms in the forms tables (forced-marriage, surrogacy); expected one of their codes (and the wrong form_aliases row deleted)",
        ])
        let finding = try #require(try Audit(db: harness.db).run().first { $0.check == "ambiguous-form-spelling" })
        #expect(finding.severity == .error)
        #expect(finding.rows == [
            "forced-labour: sexual-exploitation, forced-labour", "forced-surrogacy: forced-marriage, surrogacy",
            "forcedlabour: sexual-exploitation, forced-labour", "forcedsurrogacy: forced-marriage, surrogacy",
        ])
    }
}
