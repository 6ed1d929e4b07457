import Mustache
import Storage

/// swift-mustache's transforms (`{{uppercased(title)}}`, `{{#reversed(keyFigures)}}`,
/// `{{index()}}`): a transform that does not apply to its value renders nothing, like an unknown
/// field, so it is checked too, by running it on a sample of the field's shape, as the renderer
/// would run it on the brief.
extension TemplateCheck {
    /// swift-mustache's transform names, for suggestions and for listing those that apply to a
    /// value. Whether one applies is always found by running it, never read from this list.
    static let transformNames = [
        "capitalized", "lowercased", "uppercased", "reversed", "empty", "first", "last", "count", "sorted",
        "enumerated", "index", "even", "odd", "plusone", "minusone", "equalzero",
    ]

    /// Runs `transforms` (outermost first, as written) on a sample of `resolved`'s shape, in
    /// swift-mustache's order, innermost first, and reports the first that gives nothing.
    func checkTransforms(_ transforms: [String], on resolved: Resolved, name: String, report: (String) -> Void) {
        var value: Any = resolved.shape.sample
        var applied = name
        var what = "\(name) (\(resolved.shape.description))"
        for transform in transforms.reversed() {
            if let result = (value as? MustacheTransformable)?.transform(transform) {
                value = result
                applied = "\(transform)(\(applied))"
                what = applied
                continue
            }
            let applicable = Self.transformNames.filter { Self.applies($0, to: value) }
            report(Self.message(transform, on: what, applicable: applicable))
            return
        }
    }

    /// `index()`, `first()`, `plusone(index())`, ...: about the item of the list being rendered,
    /// so empty outside a list's section; tried on a one-item list, as the renderer would.
    func checkListTransforms(_ tag: TemplateTag, inList: Bool, report: (String) -> Void) {
        guard inList else {
            report("\(tag.name) is about the item of a list and is empty outside a list's section; use it inside one, such as {{#keyFigures}}...{{/keyFigures}}")
            return
        }
        // Innermost first, as swift-mustache runs them: `plusone(inde())` is wrong at `inde`.
        var applied = ""
        for transform in tag.nameAndTransforms.transforms.reversed() {
            guard Self.rendersInList("\(transform)(\(applied))") else {
                let applicable = Self.transformNames.filter { Self.rendersInList("\($0)(\(applied))") }
                report(Self.message(transform, on: applied.isEmpty ? "the list item" : applied, applicable: applicable))
                return
            }
            applied = "\(transform)(\(applied))"
        }
    }

    /// Whether swift-mustache's `transform` gives something for `value`, as its renderer asks.
    static func applies(_ transform: String, to value: Any) -> Bool {
        (value as? MustacheTransformable)?.transform(transform) != nil
    }

    /// Whether `{{name}}` shows anything inside the section of a one-item list.
    static func rendersInList(_ name: String) -> Bool {
        guard let template = try? MustacheTemplate(string: "{{#items}}{{" + name + "}}{{/items}}") else { return false }
        return !template.render(["items": ["x"] as [Any]]).isEmpty
    }

    private static func message(_ transform: String, on what: String, applicable: [String]) -> String {
        Suggestions.message(
            "transform \"\(transform)\" does not apply to \(what)", for: transform, among: applicable,
            expected: "expected " + (applicable.isEmpty ? "no transform here" : "one of " + applicable.joined(separator: ", ")))
    }
}
