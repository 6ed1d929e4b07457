import Storage
import TestSupport
import Testing
@testable import Ingest

/// The byte-level readings on the figures-ingest reading thread against the character-level
/// definitions they replace, over generated texts: each must give the same answer for every one.
@Suite("figures reading: byte paths agree with the character definitions")
struct ReadingFastPathTests {
    private static func texts(from alphabet: [String], count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }.joined()
        }
    }

    /// The definition before the byte path: groups split at dots, all ASCII digits, the first of
    /// one to three, every later one of three.
    private static func dotGroupingByCharacter(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    @Test("dots grouping thousands: 40,000 generated texts of digits, dots and other characters read alike")
    func dotGrouping() {
        let alphabet = ["1", "2", "0", "9", ".", ".", "a", " ", "-", "\u{0663}", "\u{FF11}", "\r\n"]
        var texts = Self.texts(from: alphabet, count: 40_000, seed: 7)
        texts += ["1.234", "12.345.678", "1234.567", "1..234", ".234", "1.", "1.23", "0.000", "", "١.٢٣٤"]
        let differing = texts.filter { UnitRules.looksLikeDotGrouping($0) != Self.dotGroupingByCharacter($0) }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(UnitRules.looksLikeDotGrouping("12.345.678") && !UnitRules.looksLikeDotGrouping("1234.567"))
        #expect(texts.contains(where: UnitRules.looksLikeDotGrouping), "the generated texts hold no grouping at all")
    }

    @Test("list cells: 40,000 generated ASCII cells split at their bytes as by characters; a combining mark after ; keeps it")
    func listItems() {
        let alphabet = ["a", "b", ";", ";", " ", "\t", "\r\n", "\n", "x y"]
        let texts = Self.texts(from: alphabet, count: 40_000, seed: 11) + ["bench;generated", " ; a ;; b ;", "", ";"]
        let differing = texts.filter { ListItemLocator.items(of: $0) != ListItemLocator.itemsByCharacter(of: $0) }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(ListItemLocator.items(of: " bench ; generated;") == ["bench", "generated"])
        // Beyond ASCII, the character path: `;` with a combining acute accent is one character, not a separator.
        #expect(ListItemLocator.items(of: "a;\u{301}b;c") == ["a;\u{301}b", "c"])
        #expect(ListItemLocator.items(of: "é; ü") == ["é", "ü"])
    }

    @Test("age groups written as stored read as themselves, as the full reading gives them; other spellings still fold", arguments: [
        ("total", "total"), ("children", "children"), ("adults", "adults"), ("unknown", "unknown"),
        ("Total", "total"), (" adults ", "adults"), ("0-17", "children"), ("18 years or over", "adults"), ("18–24", "18-24"),
    ])
    func ageGroups(text: String, stored: String) throws {
        #expect(try AgeGroup.read(text) == stored)
        #expect(AgeGroup.isStored(stored))
    }
}
