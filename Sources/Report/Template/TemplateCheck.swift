import Storage

/// Finds the tags of a brief template that can never show anything: a name no object of the
/// brief's data model has at that place (`{{titel}}`, `{{#figurez}}`), a transform that does
/// not apply to its field, a partial (tipdb reads one template file, so a partial is empty).
///
/// Mustache renders an unknown name as nothing, so a typo would publish a brief with text
/// silently missing. A field that is null in one brief (`{{#range}}...{{/range}}`) is a name the
/// model has, so it stays valid. Names are looked up as Mustache does: in the innermost
/// section's object first, then outwards to the brief; `.name` only in the innermost, `{{.}}`
/// is the innermost value itself, `a.b` reaches into `a`.
struct TemplateCheck {
    let path: String
    let model: TemplateShape

    /// Where a section's body looks names up: the value Mustache pushed for it.
    struct Frame {
        /// nil inside a section whose name is unknown: which section was meant decides what the
        /// names inside can be, so they are checked once its name is fixed, rather than each
        /// reported against a guess.
        let shape: TemplateShape?
        /// The place in the model: "" for the brief, `keyFigures[]`, `keyFigures[].figure`.
        let place: String
        /// Inside a list's item, where swift-mustache's `index()`, `first()`, ... apply.
        let inList: Bool
    }

    /// Where a name leads: its shape and its place in the model.
    struct Resolved {
        let shape: TemplateShape
        let place: String
    }

    func issues(in template: String) -> [TemplateIssue] {
        var frames = [Frame(shape: model, place: "", inList: false)]
        var issues: [TemplateIssue] = []
        for tag in TemplateTag.scan(template) {
            func report(_ message: String) {
                issues.append(TemplateIssue(path: path, line: tag.line, column: tag.column, message: message))
            }
            let top = frames[frames.count - 1]
            switch tag.kind {
            case .close:
                if frames.count > 1 { frames.removeLast() }
            case .comment:
                break
            case .partial:
                report("partials are not supported: {{>\(tag.name)}} would always be empty, since tipdb reads one template file; put the partial's text in this template")
            case .parent:
                report("partials are not supported: {{<\(tag.name)}} would always be empty, since tipdb reads one template file; put the parent template's text in this template")
                frames.append(Frame(shape: nil, place: top.place, inList: false))
            case .block:
                frames.append(Frame(shape: top.shape, place: top.place, inList: false))
            case .variable:
                _ = check(tag, frames: frames, report: report)
            case .section, .inverted:
                let resolved = check(tag, frames: frames, report: report)
                frames.append(body(of: tag, resolved: resolved, top: top))
            }
        }
        return issues
    }

    /// The frame a section's body is rendered in, as swift-mustache pushes it.
    private func body(of tag: TemplateTag, resolved: Resolved?, top: Frame) -> Frame {
        let (name, transforms) = tag.nameAndTransforms
        // `{{#first()}}` and the like: a flag or a number about the item, seen from the item.
        if name.isEmpty { return top }
        guard let resolved else { return Frame(shape: nil, place: top.place, inList: true) }
        switch (resolved.shape, tag.kind) {
        case (.list(let item), .section):
            return Frame(shape: item, place: resolved.place + "[]", inList: true)
        case (.list, .inverted):
            // An inverted section over an empty list pushes the list, which has no fields.
            return Frame(shape: resolved.shape, place: resolved.place, inList: false)
        case (.object, .section):
            return Frame(shape: resolved.shape, place: resolved.place, inList: false)
        case (.text, .section) where transforms.isEmpty:
            return Frame(shape: .text, place: resolved.place, inList: false)
        default:
            // A flag, an absent value, or a transform's result (a flag, a count): the body sees
            // what the section's tag saw.
            return top
        }
    }

    /// Checks the name and transforms of `tag`; returns where the name leads, nil when it is
    /// unknown or not checked.
    private func check(_ tag: TemplateTag, frames: [Frame], report: (String) -> Void) -> Resolved? {
        let (name, transforms) = tag.nameAndTransforms
        if name.isEmpty {
            checkListTransforms(tag, inList: frames.last?.inList ?? false, report: report)
            return nil
        }
        switch resolve(name, frames: frames) {
        case .found(let resolved):
            if !transforms.isEmpty { checkTransforms(transforms, on: resolved, name: name, report: report) }
            return resolved
        case .unchecked:
            return nil
        case .missing(let message):
            report(message)
            return nil
        }
    }
}
