import Ingest
import Storage
import Testing

/// Forms of exploitation come from one vocabulary: a form written two ways would be two
/// subgroups that no brief compares.
@Suite("Forms of exploitation: codes, labels and common spellings")
struct FormVocabularyTests {
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
    ])
    func accepted(text: String, code: String) throws {
        #expect(try Terms.exploitationForm(text) == code)
        #expect(Terms.form(text) == code, "bulk loaders store the same code")
    }

    @Test("no form: empty, total and all")
    func none() throws {
        for text in ["", " ", "Total", "all"] { #expect(try Terms.exploitationForm(text) == nil) }
    }

    @Test("anything else is refused with the nearest forms and every code", arguments: [
        ("sexual-exploitaton", "unknown form of exploitation \"sexual-exploitaton\"; did you mean \"sexual-exploitation\"? Expected one form per figure"),
        ("Forced Labuor", "unknown form of exploitation \"Forced Labuor\"; did you mean \"forced-labour\"? Expected one form per figure"),
        ("trafficking", "unknown form of exploitation \"trafficking\"; expected one form per figure"),
    ])
    func refused(text: String, message: String) {
        let error = #expect(throws: Terms.Failure.self) { try Terms.exploitationForm(text) }
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
        #expect(error?.message.hasSuffix(", by code or label: \(ExploitationForm.codes.joined(separator: ", "))") == true)
    }

    @Test("several forms in one cell are named as such, not matched to the nearest single form", arguments: [
        ("forced labour; sexual exploitation", "\"forced labour; sexual exploitation\" names several forms (forced-labour, sexual-exploitation); expected one form per figure: sexual-and-labour-exploitation or mixed-forms for a figure of several, or one figure per form"),
        ("Begging, forced labor", "\"Begging, forced labor\" names several forms (begging, forced-labour); expected one form per figure: sexual-and-labour-exploitation or mixed-forms for a figure of several, or one figure per form"),
    ])
    func several(text: String, message: String) {
        let error = #expect(throws: Terms.Failure.self) { try Terms.exploitationForm(text) }
        #expect(error?.message == message)
    }

    @Test("every form CTDC's derived figures store is a code of the vocabulary, and each code, label and alias names one form")
    func coversLoaders() {
        let ctdc = ["forced-labour", "sexual-exploitation", "other-exploitation", "sexual-and-labour-exploitation",
                    "forced-marriage", "forced-military-service", "organ-removal", "slavery-and-similar-practices"]
        #expect(ctdc.filter { !ExploitationForm.codes.contains($0) }.isEmpty)
        var owner: [String: String] = [:]
        for form in ExploitationForm.all {
            for name in [form.code, form.label] + form.aliases {
                let slug = ExploitationForm.slug(name)
                #expect(owner[slug] == nil || owner[slug] == form.code, "\(name) names \(owner[slug] ?? "") and \(form.code)")
                owner[slug] = form.code
            }
        }
        #expect(Set(ExploitationForm.codes).count == ExploitationForm.all.count)
    }
}
