import ArgumentParser

/// A report's `--format` value and whether it was typed or is the default.
///
/// Why: a message about the format in effect said "md (the default)" after `--format md -o
/// brief.html` too, as if the option typed had been ignored. An optional `--format` would tell the
/// two apart but lose ArgumentParser's `default: md` in the help; this keeps both.
struct FormatChoice<Format: FileFormatOption>: ExpressibleByArgument {
    /// The format in effect.
    let format: Format
    /// Whether `--format` was left out.
    let isDefault: Bool

    /// The command's default, when `--format` is not given.
    init(default format: Format) {
        self.format = format
        isDefault = true
    }

    /// A typed value, as `Format` reads it (`markdown` for `md` too).
    init?(argument: String) {
        guard let format = Format(argument: argument) else { return nil }
        self.format = format
        isDefault = false
    }

    var defaultValueDescription: String { format.rawValue }

    static var allValueStrings: [String] { Format.allValueStrings }

    static var defaultCompletionKind: CompletionKind { Format.defaultCompletionKind }
}
