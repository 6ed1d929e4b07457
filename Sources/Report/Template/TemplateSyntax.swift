import Mustache

/// Where and why a brief template is not valid Mustache, as `FILE:LINE:COLUMN: what is wrong,
/// what was expected`, like the template check's issues and ingest's errors.
///
/// swift-mustache says what kind of error it met and where it stopped reading: for a section never
/// closed that is the end of the template, not the tag that opened it, and its columns are wrong
/// after a CRLF line break. So the tags are read again (`TemplateTag`, which follows the same
/// rules) to find the tag at fault and what would have closed it; swift-mustache's own position
/// and kind of error are the fallback for the rest (a malformed set-delimiter tag or pragma).
enum TemplateSyntax {
    /// The issue for `error`, which swift-mustache threw for `template` (as the user wrote it)
    /// after `prefixLength` characters tipdb put in front of its first line.
    static func issue(for error: MustacheTemplate.ParserError, in template: String, path: String, prefixLength: Int) -> TemplateIssue {
        let ownPosition: Bool
        switch error.error {
        case MustacheTemplate.Error.unrecognisedConfigVariable, MustacheTemplate.Error.invalidConfigVariableSyntax:
            // swift-mustache stops past the pragma: point at the pragma itself.
            let pragma = TemplateTag.scan(template, includingComments: true).first { tag in
                tag.kind == .comment && tag.sigil == "%" && !knownPragmas.contains(tag.name.filter { !$0.isWhitespace })
            }
            if let pragma {
                return TemplateIssue(path: path, line: pragma.line, column: pragma.column, message: describe(error.error))
            }
            ownPosition = true
        case MustacheTemplate.Error.invalidSetDelimiter, MustacheTemplate.Error.transformAppliedToInheritanceSection,
             MustacheTemplate.Error.illegalTokenInsideInheritSection, MustacheTemplate.Error.textInsideInheritSection:
            ownPosition = true
        default:
            // A name, a close or a section end (or a comment that runs to the end, which
            // swift-mustache reports as reading past the end): a tag the scan can point at.
            ownPosition = false
        }
        if !ownPosition, let (tag, message) = firstProblem(in: template) {
            return TemplateIssue(path: path, line: tag.line, column: tag.column, message: message)
        }
        let context = error.context
        let column = context.lineNumber == 1 ? context.columnNumber - prefixLength : context.columnNumber
        return TemplateIssue(path: path, line: context.lineNumber, column: max(1, column), message: describe(error.error))
    }

    /// The pragmas swift-mustache knows, without spaces.
    private static let knownPragmas: Set<String> = ["CONTENT_TYPE:TEXT", "CONTENT_TYPE:HTML"]

    /// The first tag, in reading order, that swift-mustache cannot parse: one not closed, a name
    /// it cannot read, a close that does not match the innermost open section; else the
    /// innermost section never closed. Nil when the tags are well formed.
    static func firstProblem(in template: String) -> (TemplateTag, String)? {
        var open: [TemplateTag] = []
        for tag in TemplateTag.scan(template, includingComments: true) {
            if let message = nameProblem(tag) { return (tag, message) }
            switch tag.kind {
            case .section, .inverted, .block, .parent:
                open.append(tag)
            case .close:
                guard let innermost = open.last else {
                    return (tag, "\(tag.written) closes no section; expected \(tag.delimiter)#\(tag.name)\(tag.closing) before it to open one, or no \(tag.written)")
                }
                guard innermost.name == tag.name else {
                    if let outer = open.last(where: { $0.name == tag.name }) {
                        return (tag, "\(tag.written) closes \(outer.written) (opened at \(outer.line):\(outer.column)) while \(innermost.written), opened at \(innermost.line):\(innermost.column), is still open; expected \(innermost.closeTag) first")
                    }
                    return (tag, "\(tag.written) does not close the open section \(innermost.written) (opened at \(innermost.line):\(innermost.column)); expected \(innermost.closeTag)")
                }
                open.removeLast()
            case .variable, .partial, .comment:
                break
            }
        }
        guard let unclosed = open.last else { return nil }
        return (unclosed, "the section \(unclosed.written) opened here is never closed; expected \(unclosed.closeTag) to close it before the end of the template")
    }

    /// Characters swift-mustache reads in a name, transforms' brackets included.
    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")

    /// What is wrong with the tag's closing or its name, as swift-mustache reads them; nil when
    /// nothing is.
    private static func nameProblem(_ tag: TemplateTag) -> String? {
        if tag.kind == .comment {
            return tag.closed ? nil : "the tag \(tag.opening) opened here is never closed; expected \(tag.closing) at its end"
        }
        // A partial's name may hold a path: swift-mustache reads it by other rules, and the
        // template check refuses partials anyway.
        let checkName = tag.kind != .partial && tag.kind != .parent
        let valid = checkName ? String(tag.name.prefix(while: nameCharacters.contains)) : tag.name
        let rest = tag.name.dropFirst(valid.count)
        // `{{title` and then a line break or another tag: a tag left open, not a strange name.
        if !tag.closed || rest.contains(where: \.isNewline) || rest.contains(tag.delimiter) {
            let name = valid.isEmpty ? "" : " after \(valid)"
            return "the tag \(tag.opening)\(valid) is not closed; expected \(tag.closing)\(name), as in \(tag.opening)\(valid)\(tag.closing)"
        }
        guard checkName else { return nil }
        if let bad = rest.first {
            return "\(tag.written) names \"\(tag.name)\", which holds \"\(bad)\"; expected a name of letters, digits and . - _ ? * (a transform as uppercased(name))"
        }
        // `a(b(c))`: brackets open before any closes, and as many close as open.
        let opened = tag.name.filter { $0 == "(" }.count
        let closedBrackets = tag.name.reversed().prefix(while: { $0 == ")" }).count
        guard opened == closedBrackets, tag.name.filter({ $0 == ")" }).count == opened else {
            return "\(tag.written) is not a name or a transform; expected a name, or transforms written as uppercased(name) with every ( closed at the end"
        }
        return nil
    }

    /// swift-mustache's other parse errors in words: what is wrong and what was expected.
    static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect:
            "a section is closed with another name than it was opened with; expected {{/name}} with the name of {{#name}}"
        case MustacheTemplate.Error.unfinishedName:
            "a tag is not closed; expected }} after its name"
        case MustacheTemplate.Error.expectedSectionEnd:
            "a section is opened but never closed; expected {{/name}} for every {{#name}} and {{^name}}"
        case MustacheTemplate.Error.invalidSetDelimiter:
            "a set-delimiter tag is malformed; expected two delimiters separated by a space between = signs, as in {{=<% %>=}}"
        case MustacheTemplate.Error.unrecognisedConfigVariable, MustacheTemplate.Error.invalidConfigVariableSyntax:
            "a {{% ... }} pragma is not one Mustache knows; expected {{% CONTENT_TYPE: TEXT }} or {{% CONTENT_TYPE: HTML }}"
        case MustacheTemplate.Error.transformAppliedToInheritanceSection:
            "a block ({{$name}}) takes no transform; expected a plain name"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection, MustacheTemplate.Error.textInsideInheritSection:
            "a parent tag ({{<name}}) holds something other than blocks; expected only {{$name}}...{{/name}} inside it"
        default:
            "the template is not valid Mustache (\(error)); expected tags as {{name}}, {{#name}}...{{/name}}, {{^name}}...{{/name}}"
        }
    }
}
