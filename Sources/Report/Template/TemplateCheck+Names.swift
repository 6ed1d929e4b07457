import Storage

/// Looking a tag's name up as Mustache does, and saying what was expected when nothing has it.
extension TemplateCheck {
    enum Lookup {
        case found(Resolved)
        /// Inside a section whose name is unknown: not checked.
        case unchecked
        /// Nothing can hold the name: what to say.
        case missing(String)
    }

    /// Where `name` leads from the innermost frame outwards (from the innermost only for
    /// `.name`). A name is found when any frame can hold it: a field a brief leaves out (`revised`
    /// on a figure never revised) sends Mustache on to the next frame, so which one answers
    /// depends on the data. (A null field is there, and stops the lookup: `TemplateRenderer.value`.)
    func resolve(_ name: String, frames: [Frame]) -> Lookup {
        guard let top = frames.last else { return .unchecked }
        let anchored = name.hasPrefix(".")
        let segments = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst(anchored ? 1 : 0).map(String.init)
        switch walk(name, frames: frames) {
        case .found(let resolved): return .found(resolved)
        case .unchecked: return .unchecked
        case .stuck(let index, let at):
            return missing(name, segments: segments, anchored: anchored, index: index, in: at, frames: frames)
        case .nowhere:
            return missingFirst(name, segments: segments, anchored: anchored, searched: anchored ? [top] : Array(frames.reversed()), frames: frames)
        }
    }

    /// Where a name's walk through the frames ends.
    private enum Walk {
        case found(Resolved)
        case unchecked
        /// The first frame that has the first name but not the rest: the one to explain.
        case stuck(index: Int, at: Resolved)
        /// No frame has the first name.
        case nowhere
    }

    /// `resolve` without the messages: where `name` leads, or where it stops.
    private func walk(_ name: String, frames: [Frame]) -> Walk {
        guard let top = frames.last else { return .unchecked }
        if name == "." {
            guard let shape = top.shape else { return .unchecked }
            return .found(Resolved(shape: shape, place: top.place))
        }
        let anchored = name.hasPrefix(".")
        let segments = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst(anchored ? 1 : 0).map(String.init)
        var stuck: Walk?
        for frame in anchored ? [top] : Array(frames.reversed()) {
            guard let shape = frame.shape else { return .unchecked }
            guard let first = shape.field(segments[0]) else { continue }
            var current = Resolved(shape: first, place: Self.place(frame.place, segments[0]))
            var index = 1
            while index < segments.count, let next = current.shape.field(segments[index]) {
                current = Resolved(shape: next, place: Self.place(current.place, segments[index]))
                index += 1
            }
            if index == segments.count { return .found(current) }
            if stuck == nil { stuck = .stuck(index: index, at: current) }
        }
        return stuck ?? .nowhere
    }

    /// The suggestions that name something at this place, at most three.
    ///
    /// Why: a suggestion was made from the names nearby alone, so inside
    /// `{{#figureGroups}}{{#figures}}` the tag `{{figure.text}}` was asked `did you mean
    /// "figures.text"?`, and following that gave `figures.text` refused as a list's field.
    private func resolving(_ names: [String], frames: [Frame]) -> [String] {
        var seen = Set<String>()
        return Array(names.filter { name in
            guard seen.insert(name).inserted, case .found = walk(name, frames: frames) else { return false }
            return true
        }.prefix(3))
    }

    /// A first name no frame has: the nearest names of every frame searched, and the fields of
    /// the innermost object with the places around it.
    ///
    /// A dotted name whose first part names a section the tag is in (`figure.text` inside
    /// `{{#figures}}`) is offered its rest (`text`): the item's fields are reached by their own
    /// names there.
    private func missingFirst(_ name: String, segments: [String], anchored: Bool, searched: [Frame], frames: [Frame]) -> Lookup {
        // A flag's section repeats the frame around it: each place once.
        var places = Set<String>()
        let objects = searched.filter { $0.shape?.fieldNames.isEmpty == false && places.insert($0.place).inserted }
        var seen = Set<String>()
        let candidates = objects.flatMap { $0.shape?.fieldNames ?? [] }.filter { seen.insert($0).inserted }
        // `keyFigures[].figure` → `figure`, `figureGroups[].figures[]` → `figures`.
        let sections = searched.compactMap { $0.place.split(separator: ".").last.map { String($0.replacingOccurrences(of: "[]", with: "")) } }
        var rest: [String] = []
        if segments.count > 1, !Suggestions.closest(to: segments[0], among: sections).isEmpty {
            rest = [(anchored ? "." : "") + segments.dropFirst().joined(separator: ".")]
        }
        let replaced = Self.replacing(
            segments, at: 0, with: Suggestions.closest(to: segments[0], among: candidates, limit: candidates.count), anchored: anchored)
        let suggestions = resolving(rest + replaced, frames: frames)
        var expected: String?
        if let innermost = objects.first, let shape = innermost.shape {
            expected = "expected a field of \(Self.label(innermost.place)): \(shape.fieldNames.joined(separator: ", "))"
            let enclosing = objects.dropFirst().map { Self.label($0.place) }
            if !enclosing.isEmpty { expected? += "; or of " + enclosing.joined(separator: ", ") }
        } else if let top = searched.first, let shape = top.shape {
            expected = "the value here (\(Self.label(top.place))) is \(shape.description), which has no fields"
        }
        return .missing(Suggestions.message("unknown field \"\(name)\"", suggesting: suggestions, expected: expected))
    }

    /// A name that goes on past a value without that field: past a list, text or a flag, or an
    /// object that lacks it.
    private func missing(_ name: String, segments: [String], anchored: Bool, index: Int, in parent: Resolved, frames: [Frame]) -> Lookup {
        let written = (anchored ? "." : "") + segments[..<index].joined(separator: ".")
        switch parent.shape {
        case .list:
            return .missing(
                "unknown field \"\(name)\": \(written) is \(parent.shape.description), whose items a name cannot pick; name their fields inside {{#\(written)}}...{{/\(written)}}")
        case .text, .flag:
            return .missing("unknown field \"\(name)\": \(written) is \(parent.shape.description), which has no fields")
        case .object:
            let fields = parent.shape.fieldNames
            let suggestions = resolving(
                Self.replacing(segments, at: index, with: Suggestions.closest(to: segments[index], among: fields, limit: fields.count), anchored: anchored),
                frames: frames)
            return .missing(Suggestions.message(
                "unknown field \"\(name)\"", suggesting: suggestions,
                expected: "expected a field of \(Self.label(parent.place)): \(parent.shape.fieldNames.joined(separator: ", "))"))
        }
    }

    /// The whole names the suggestions for one part of a dotted name make.
    private static func replacing(_ segments: [String], at index: Int, with found: [String], anchored: Bool) -> [String] {
        found.map { replacement in
            var parts = segments
            parts[index] = replacement
            return (anchored ? "." : "") + parts.joined(separator: ".")
        }
    }

    /// `keyFigures[]` + `figure` → `keyFigures[].figure`.
    static func place(_ parent: String, _ name: String) -> String {
        parent.isEmpty ? name : parent + "." + name
    }

    /// A place in words: the brief itself, or its path in the model (`keyFigures[].figure`).
    static func label(_ place: String) -> String {
        place.isEmpty ? "the brief" : place
    }
}
