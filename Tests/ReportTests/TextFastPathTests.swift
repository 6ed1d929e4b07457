import Foundation
@testable import Storage
import TestSupport
import Testing

@testable import Report

/// The per-figure text helpers were rewritten to make no arrays (they run for every figure of a
/// brief). Each is checked here against the code as first written, kept as the reference.
@Suite("Per-figure text: the same words as the code first written")
struct TextFastPathTests {
    /// `NumberText.decimal`'s integer path as first written: digits through arrays and strings.
    static func referenceDecimal(_ value: Double, digits: Int) -> String {
        let digits = max(0, min(digits, 12))
        let scale = (0..<digits).reduce(1.0) { value, _ in value * 10 }
        let scaled = UInt64((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
        let whole = scaled / UInt64(scale)
        var rest = scaled % UInt64(scale)
        var fractionDigits = digits
        while fractionDigits > 0 && rest % 10 == 0 {
            rest /= 10
            fractionDigits -= 1
        }
        var bytes: [UInt8] = []
        if value < 0 && (whole > 0 || fractionDigits > 0) { bytes.append(UInt8(ascii: "-")) }
        let integer = Array(String(whole).utf8)
        for (index, byte) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(byte)
        }
        if fractionDigits > 0 {
            bytes.append(UInt8(ascii: "."))
            let fraction = Array(String(rest).utf8)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: fractionDigits - fraction.count))
            bytes.append(contentsOf: fraction)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func referenceSubgroup(sex: String, ageGroup: String, form: String?) -> String {
        if sex == "total" && ageGroup == "total" && form == nil { return "all" }
        var parts: [String] = []
        if sex != "total" { parts.append(sex) }
        if ageGroup != "total" { parts.append(ageGroup) }
        if let form { parts.append(form.replacingOccurrences(of: "-", with: " ")) }
        return parts.isEmpty ? "all" : parts.joined(separator: ", ")
    }

    @Test("decimal: every width, sign, rounding and grouping as before", arguments: [1, 2, 3])
    func decimalSameAsReference(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var values: [Double] = [0, -0.0, 0.5, -0.5, 1, -1, 999, 1_000, 999_999.995, 1e15, 8.99e15 / 1e3, 0.001, -0.004, 12.345]
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -4...15, using: &generator)
            let value = (Bool.random(using: &generator) ? -1 : 1) * Foundation.pow(10, magnitude)
            values.append(Bool.random(using: &generator) ? value : value.rounded())
        }
        for value in values {
            for digits in [0, 1, 2, 3, 12] where abs(value) * Foundation.pow(10, Double(digits)) < 9e15 {
                let fast = NumberText.decimal(value, digits: digits)
                let expected = Self.referenceDecimal(value, digits: digits)
                #expect(fast == expected, "decimal(\(value), digits: \(digits))")
                if fast != expected { return }
            }
        }
    }

    @Test("subgroup: every combination of totals, groups and forms as before")
    func subgroupSameAsReference() {
        for sex in ["total", "female", "male", "other"] {
            for ageGroup in ["total", "children", "18-20", ""] {
                for form in [nil, "", "sexual-exploitation", "forced-labour-of-children", "begging", "-", "é-ü", "a-\u{301}b", "e\u{301}-child"] as [String?] {
                    #expect(
                        Words.subgroup(sex: sex, ageGroup: ageGroup, form: form)
                            == Self.referenceSubgroup(sex: sex, ageGroup: ageGroup, form: form),
                        "\(sex) \(ageGroup) \(form ?? "nil")")
                }
            }
        }
    }

    @Test("period parts read from bytes agree with splitting the text, for periods and for junk")
    func periodParts() {
        let fixed = [
            "2021", "2021-03", "2021-03-15", "1995-2004", "", "-", "--", "2021--03", "-2021-", "+5", "+", "++1", "1+2",
            "2021-03-15-09", "99999999999999999999-1", "20x1-03", " 2021", "2021-\u{301}03", "٣-1", "9223372036854775807",
        ]
        var random = SeededGenerator(seed: 33)
        let alphabet = ["0", "1", "9", "-", "+", "x", " ", "2021", "12", "é"]
        let generated = (0..<5_000).map { _ in
            (0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }.joined()
        }
        for period in fixed + generated {
            let fast = PeriodDays.parts(period), slow = PeriodDays.splitParts(period)
            #expect(fast.year == slow.year && fast.month == slow.month && fast.day == slow.day, "\(period.debugDescription)")
        }
    }
}
