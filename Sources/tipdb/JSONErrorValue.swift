/// A member of the JSON error object `--json` prints when a command fails before its report:
/// the message as text, the exit code as a number.
enum JSONErrorValue: Encodable {
    case text(String)
    case number(Int32)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        }
    }
}
