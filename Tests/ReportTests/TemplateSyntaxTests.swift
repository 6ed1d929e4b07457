@testable import Report
import Testing

/// A template that is not valid Mustache is refused at the tag at fault, as
/// `FILE:LINE:COLUMN: what is wrong, what was expected`.
@Suite("template syntax: the tag at fault, with what would close it")
struct TemplateSyntaxTests {
    /// The issue `BriefRenderer.checkTemplate` refuses `template` with, as the command prints it.
    private func issue(_ template: String) throws -> String? {
        do {
            try BriefRenderer.checkTemplate(template, path: "t.mustache", format: .md)
            return nil
        } catch ReportError.templateSyntax(let issue) {
            #expect(issue.path == "t.mustache")
            return issue.description
        }
    }

    @Test("each kind of parse error names the tag, where it is and what was expected", arguments: [
        ("# {{title}}\n{{#keyFigures}}\n- {{measureLabel}}\n",
         "t.mustache:2:4: the section {{#keyFigures}} opened here is never closed; expected {{/keyFigures}} to close it before the end of the template"),
        ("{{#keyFigures}}{{#figure}}{{text}}{{/keyFigures}}",
         "t.mustache:1:38: {{/keyFigures}} closes {{#keyFigures}} (opened at 1:4) while {{#figure}}, opened at 1:19, is still open; expected {{/figure}} first"),
        ("{{#keyFigures}}\n{{measure}}\n{{/keyFigure}}",
         "t.mustache:3:4: {{/keyFigure}} does not close the open section {{#keyFigures}} (opened at 1:4); expected {{/keyFigures}}"),
        ("{{title}}\n{{/references}}",
         "t.mustache:2:4: {{/references}} closes no section; expected {{#references}} before it to open one, or no {{/references}}"),
        ("# {{title",
         "t.mustache:1:5: the tag {{title is not closed; expected }} after title, as in {{title}}"),
        ("# {{title\n\n{{date}}\n",
         "t.mustache:1:5: the tag {{title is not closed; expected }} after title, as in {{title}}"),
        ("{{{title}}\n",
         "t.mustache:1:4: the tag {{{title is not closed; expected }}} after title, as in {{{title}}}"),
        ("a\r\n{{ti tle}}",
         "t.mustache:2:3: {{ti tle}} names \"ti tle\", which holds \" \"; expected a name of letters, digits and . - _ ? * (a transform as uppercased(name))"),
        ("{{uppercased(title}}",
         "t.mustache:1:3: {{uppercased(title}} is not a name or a transform; expected a name, or transforms written as uppercased(name) with every ( closed at the end"),
        ("{{title}}\n{{! a note",
         "t.mustache:2:5: the tag {{! opened here is never closed; expected }} at its end"),
        ("{{=<% %>=}}\n<%#keyFigures%>\n",
         "t.mustache:2:4: the section <%#keyFigures%> opened here is never closed; expected <%/keyFigures%> to close it before the end of the template"),
        ("{{title}}\n{{% CONTENT_TYPE: PDF}}",
         "t.mustache:2:5: a {{% ... }} pragma is not one Mustache knows; expected {{% CONTENT_TYPE: TEXT }} or {{% CONTENT_TYPE: HTML }}"),
    ])
    func parseErrors(template: String, expected: String) throws {
        let found = try issue(template)
        #expect(found == expected)
    }

    @Test("rendering refuses the template the same way, for callers that do not check first")
    func renderRefuses() throws {
        let brief = try SampleDecoder.sample(of: Brief.self)
        #expect(throws: ReportError.templateSyntax(TemplateIssue(
            path: "bad.mustache", line: 1, column: 4,
            message: "the section {{#open}} opened here is never closed; expected {{/open}} to close it before the end of the template"))) {
            try BriefRenderer.render(brief, template: "{{#open}}", path: "bad.mustache", format: .html)
        }
    }

    @Test("the summary says nothing was written and where to look")
    func summary() {
        let issue = TemplateIssue(path: "b.mustache", line: 3, column: 4, message: "m")
        #expect(ReportError.templateSyntax(issue).errorDescription
            == "template b.mustache is not valid Mustache; nothing was written (fix the tag at line 3, column 4, then run the command again)")
    }
}
