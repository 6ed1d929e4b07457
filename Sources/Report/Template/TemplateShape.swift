/// What a template can find at one place of the brief's data model: an object and its fields,
/// a list and its items, text (numbers included) or a true/false flag.
///
/// The template check walks a template's sections through this shape, so that a tag naming a
/// field the model never has is an error, not an empty space in a published brief.
indirect enum TemplateShape: Equatable, Sendable {
    case object([Field])
    case list(of: TemplateShape)
    case text
    case flag

    /// One field of an object, in the order the JSON writes it.
    struct Field: Equatable, Sendable {
        let name: String
        let shape: TemplateShape
    }

    /// The field `name` of an object; nil for another shape or a name it does not have.
    func field(_ name: String) -> TemplateShape? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.name == name }?.shape
    }

    /// The names of an object's fields, in order; empty for another shape.
    var fieldNames: [String] {
        guard case .object(let fields) = self else { return [] }
        return fields.map(\.name)
    }

    /// The shape of a JSON value as a template sees it: numbers are text (Mustache prints the
    /// JSON's digits), a list is as its first item (`SampleDecoder` gives every list one), a null
    /// is text (empty and false then, and text when present).
    init(_ tree: JSONTree) {
        switch tree {
        case .null, .number, .string: self = .text
        case .bool: self = .flag
        case .array(let items): self = .list(of: items.first.map(TemplateShape.init) ?? .text)
        case .object(let members): self = .object(members.map { Field(name: $0.0, shape: TemplateShape($0.1)) })
        }
    }

    /// A value of this shape as `TemplateRenderer.value` makes the brief's: the same Swift types,
    /// so that a transform behaves on it as on the real data (`sorted` does nothing to `[Any]`).
    var sample: Any {
        switch self {
        case .object(let fields):
            return fields.reduce(into: [String: Any]()) { $0[$1.name] = $1.shape.sample }
        case .list(let item): return [item.sample] as [Any]
        case .text: return "x"
        case .flag: return true
        }
    }

    /// The shape in words, for messages: "text", "a list of text", "a flag".
    var description: String {
        switch self {
        case .object: "an object"
        case .list(let item): "a list of " + (item == .text ? "text" : item == .flag ? "flags" : "objects")
        case .text: "text"
        case .flag: "a flag (true or false)"
        }
    }
}

extension TemplateShape {
    /// The brief's data model as a template sees it: the JSON that `--format json` writes for a
    /// sample brief with every field present, so exactly the fields the model and its JSON have.
    ///
    /// - Throws: `ReportError.template` if the sample cannot be made (a test guards against it).
    static func brief(path: String) throws -> TemplateShape {
        do {
            let sample = try SampleDecoder.sample(of: Brief.self)
            return TemplateShape(try JSONTree.parse(try BriefRenderer.json(sample)))
        } catch {
            throw ReportError.template(path: path, reason: "the data model's fields could not be listed (\(error))")
        }
    }
}
