import Storage
import Testing

@Suite("Stored text printed on one line: line breaks as spaces, other controls as visible escapes")
struct VisibleTextTests {
    @Test("oneLine: a run of line breaks and tabs, with the spaces around it, is one space; none at either end", arguments: [
        ("plain text", "plain text"),
        ("line one\nline two", "line one line two"),
        ("Windows\r\nbreak", "Windows break"),
        ("a \n\n  b", "a b"),
        ("tab\tseparated", "tab separated"),
        ("\n  leading and trailing\t\n", "leading and trailing"),
        ("NEL\u{85}and\u{2028}separators\u{2029}end", "NEL and separators end"),
        ("vertical\u{0B}tab and form\u{0C}feed", "vertical tab and form feed"),
        ("an \u{1B}[31mescape\u{1B}[0m", "an \\u{1B}[31mescape\\u{1B}[0m"),
        ("bell\u{07} and DEL\u{7F}", "bell\\u{7} and DEL\\u{7F}"),
        ("right-to-left \u{202E}override", "right-to-left \\u{202E}override"),
        ("Côte d’Ivoire", "Côte d’Ivoire"),
    ])
    func oneLine(text: String, shown: String) {
        #expect(VisibleText.oneLine(text) == shown)
    }

    @Test("escaping writes every control character, line breaks included, as an escape")
    func escaping() {
        #expect(VisibleText.escaping("a\nb\r\nc\td\u{1B}e\u{2066}") == "a\\nb\\r\\nc\\td\\u{1B}e\\u{2066}")
        #expect(VisibleText.escaping("no controls here") == "no controls here")
    }

    @Test("escaping shows invisible characters (byte order mark, zero-width space, soft hyphen); a listing keeps joiners as text")
    func invisible() {
        #expect(VisibleText.escaping("\u{FEFF}100") == "\\u{FEFF}100")
        #expect(VisibleText.escaping("1\u{200B}00\u{AD}") == "1\\u{200B}00\\u{AD}")
        #expect(VisibleText.oneLine("می\u{200C}خواهم") == "می\u{200C}خواهم")
    }
}
