import Foundation
import Testing

/// A template error's "did you mean" names only what would be found at that tag (review session
/// 47): following a suggestion must not lead to another error.
@Suite("--template suggestions resolve where they are offered (built binary, real Fixtures)")
struct TemplateSuggestionTests {
    private let figureFields = "key, measure, measureLabel, value, valueText, censored, low, high, ciLevel, unit, unitLabel, text, range, place, placeName, period, periodStart, periodEnd, periodBasis, sex, ageGroup, form, subgroup, breakdown, shareOf, method, studyMethod, source, sourceLabel, citation, study, locator, quote, notes, cites, primary, repeats, release, revised, revisedFrom, keyReused, history"

    /// A figures table of the README's key-figure names, inside `{{#figureGroups}}{{#figures}}`.
    private func table(_ text: String, _ period: String) -> String {
        """
        | Lieu | Chiffre | Période |
        {{#figureGroups}}{{#figures}}
        | {{placeName}} | {{\(text)}} | {{\(period)}} |
        {{/figures}}{{/figureGroups}}

        """
    }

    @Test("figure.text inside {{#figures}}: did you mean \"text\", which then renders")
    func itemNamedAsItsList() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data(table("figure.text", "figure.period").utf8).write(to: dir.appendingPathComponent("tab.mustache"))
            let out = try Tipdb.run(["report", "brief", "--template", "tab.mustache", "--place", "WLD", "--measure", "forced-labour"], in: dir)
            #expect(out.status == 1)
            let expected = "Expected a field of figureGroups[].figures[]: \(figureFields); or of figureGroups[], the brief"
            #expect(out.stderr.components(separatedBy: "\n").prefix(2) == [
                "tab.mustache:3:21: unknown field \"figure.text\"; did you mean \"text\"? \(expected)",
                "tab.mustache:3:39: unknown field \"figure.period\"; did you mean \"period\"? \(expected)",
            ], "\(out.stderr)")
            try Data(table("text", "period").utf8).write(to: dir.appendingPathComponent("tab.mustache"))
            let fixed = try Tipdb.run(["report", "brief", "--template", "tab.mustache", "--place", "WLD", "--measure", "forced-labour"], in: dir)
            #expect(fixed.status == 0, "\(fixed.stderr)")
            #expect(fixed.stdout.contains("\n| World | 27.6 million | 2021 |\n"), "\(fixed.stdout)")
        }
    }
}
