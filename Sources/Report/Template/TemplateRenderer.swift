import Foundation
import Mustache

/// Renders an organisation's Mustache template with the brief's data model.
///
/// The template sees exactly the JSON format's fields (objects, arrays, strings, numbers as
/// written in the JSON, booleans); a null field is there but empty and false, so
/// `{{#range}}...{{/range}}` shows only when there is a range, and `{{range}}` prints nothing. A
/// tag that no brief could ever fill (`{{titel}}`) is an error before anything is rendered
/// (`TemplateCheck`).
struct TemplateRenderer {
    let template: String
    let path: String
    let escapeHTML: Bool

    /// Renders `brief` with a template already parsed and checked (`parse()`).
    ///
    /// - Throws: `ReportError.template` if the data model cannot be made into the values the
    ///   template walks.
    static func render(_ brief: Brief, with parsed: MustacheTemplate, path: String) throws -> String {
        let tree: JSONTree
        do {
            tree = try JSONTree.parse(try BriefRenderer.json(brief))
        } catch {
            throw ReportError.template(path: path, reason: "the data model could not be prepared (\(error))")
        }
        return parsed.render(value(tree))
    }

    /// The template parsed and checked against the brief's data model.
    ///
    /// - Throws: `ReportError.templateSyntax` for Mustache that does not parse;
    ///   `ReportError.templateFields` listing every tag that names nothing the model has.
    func parse() throws -> MustacheTemplate {
        let parsed: MustacheTemplate
        // Markdown and other text formats must not get HTML entities in them.
        let prefix = escapeHTML ? "" : "{{% CONTENT_TYPE: TEXT}}"
        do {
            parsed = try MustacheTemplate(string: prefix + template)
        } catch let error as MustacheTemplate.ParserError {
            throw ReportError.templateSyntax(TemplateSyntax.issue(for: error, in: template, path: path, prefixLength: prefix.count))
        } catch {
            throw ReportError.template(path: path, reason: "\(error)")
        }
        let issues = TemplateCheck(path: path, model: try TemplateShape.brief(path: path)).issues(in: template)
        guard issues.isEmpty else { throw ReportError.templateFields(path: path, issues: issues) }
        return parsed
    }

    /// The JSON value as Swift values Mustache walks: dictionaries, arrays, strings, booleans,
    /// and `NSNull` for null.
    ///
    /// Why `NSNull` and not leaving the key out: Mustache looks a name it does not find in the
    /// innermost object up in the objects around it, so a part's null `url` took its reference's
    /// `url`, and `{{#url}}<a href="{{url}}">...{{/url}}` linked every part of an entry. A key
    /// that holds `NSNull` is found, stops the lookup, and renders as nothing and as false
    /// (swift-mustache reads it as no value). A null item of a list (the model has none) is left
    /// out, as a list of nothing would repeat a section for it.
    static func value(_ tree: JSONTree) -> Any {
        switch tree {
        case .null: return NSNull()
        case .bool(let value): return value
        case .number(let text): return text
        case .string(let text): return text
        case .array(let items): return items.filter { $0 != .null }.map(value)
        case .object(let members):
            var object: [String: Any] = [:]
            for (name, member) in members { object[name] = value(member) }
            return object
        }
    }
}
