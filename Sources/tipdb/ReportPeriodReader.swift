import ArgumentParser
import Foundation
import Ingest
import Report

/// Reads the reports' period options (`--from`, `--to`, `--period`) with ingest's period parser,
/// so that any period a figure can have can be asked for, and a value that is none is refused
/// in the words ingest refuses it with in a file.
///
/// A quarter or a span of months in words (`2023 Q1`, `2023Q1`, `Quarter 1 2023`, `January-March
/// 2023`, `April 2023 to March 2024`) is read as its months (`PeriodParser.spokenPeriod`), where
/// ingest refuses it with the text to write: an option keeps figures and stores nothing, and
/// `--from "2023 Q1"` was told to write 2023-01/2023-03, a span `--from` then refused (a
/// government statistician's review, session 55).
///
/// Why ingest's parser: a brief about June 2019 was refused (`--period 2019-06` was "not a year"),
/// though ingest loads that month; two parsers would drift, and a value the CLI took that no file
/// could hold (or the reverse) would be a filter that can never match.
enum ReportPeriodReader {
    /// The forms `--period` takes, for a message whose ingest wording does not list them.
    static let forms = "a year (2019), a span of years (2015-2020), a month (2019-06), a day (2019-06-30) or a span of them (2019-06-01/2019-06-30)"

    /// `--from` or `--to` (`option`): one year, month or day.
    static func bound(_ text: String, option: String) throws -> PeriodBound {
        // A number is a year, as these options read one before they took months and days:
        // `--from 20` (meant as 2020) would keep every figure without a word.
        if let year = Int(text) {
            guard (1000...9999).contains(year) else {
                throw ValidationError("\(option) \(year) is not a year; expected four digits, such as 2020")
            }
            return PeriodBound(year: year)
        }
        // `--from "2023 Q1"`: the quarter's first month; `--to "October-December 2023"`: its last.
        if let spoken = PeriodParser.spokenPeriod(text) {
            return try checked(option == "--to" ? spoken.end : spoken.start, text: text, option: option)
        }
        let period: Period
        do {
            period = try PeriodParser.parse(text)
        } catch {
            // Ingest's list of forms without the span, which `--from` and `--to` refuse.
            let message = error.message.replacingOccurrences(of: "a span of years (1995-2004), ", with: "")
                .replacingOccurrences(of: ", a date (2019-06-30) or a start and end joined by a slash (2019-07/2019-09)", with: " or a date (2019-06-30)")
            let listsForms = message.contains("a month (2019-06)")
            throw ValidationError(
                "\(option) \(text): \(message)" + (listsForms ? "" : "; \(option) takes a year (2019), a month (2019-06) or a day (2019-06-30)"))
        }
        guard period.start == period.end else {
            throw ValidationError(
                "\(option) \(text) is a span, but \(option) takes one year (2019), month (2019-06) or day (2019-06-30); expected --period \(text) for the span")
        }
        return try checked(period.start, text: text, option: option)
    }

    /// `--period`: a year, a span of years, a month, a day or a span of them, as its first and last bound.
    static func period(_ text: String) throws -> (from: PeriodBound, to: PeriodBound) {
        // Years as `--period` always read them (spaces ignored, any year of four digits), with the
        // same messages; ingest's parser for everything else.
        if let years = years(text) {
            guard years.from <= years.to else {
                throw ValidationError("--period \(text) ends before it starts; give the earlier year first, such as 2015-2020")
            }
            return (PeriodBound(year: years.from), PeriodBound(year: years.to))
        }
        // A quarter or a span of months in words (`2023 Q1`, `October-December 2023`), as the briefs write one.
        if let spoken = PeriodParser.spokenPeriod(text) {
            return (try checked(spoken.start, text: text, option: "--period"), try checked(spoken.end, text: text, option: "--period"))
        }
        let period: Period
        do {
            period = try PeriodParser.parse(text)
        } catch {
            let listsForms = error.message.contains("a month (2019-06)")
            throw ValidationError("--period \(text): \(error.message)" + (listsForms ? "" : "; --period takes \(forms)"))
        }
        return (try checked(period.start, text: text, option: "--period"), try checked(period.end, text: text, option: "--period"))
    }

    /// `--period` as one or two four-digit years (`2019`, `2015-2020`, `2015 – 2020`); nil for anything else.
    private static func years(_ text: String) -> (from: Int, to: Int)? {
        // A hyphen or an en dash, as publications write a span (1995–2004).
        let parts = text.filter { !$0.isWhitespace }.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "\u{2013}", omittingEmptySubsequences: false) }
        let years = parts.compactMap { part in part.count == 4 && part.allSatisfy(\.isASCII) ? Int(part) : nil }
            .filter { (1000...9999).contains($0) }
        guard years.count == parts.count, let first = years.first, let last = years.last, years.count <= 2 else { return nil }
        return (first, last)
    }

    /// The bound ingest's parser gave; it gives only years, months and days, so the error is a
    /// safeguard against the two ever disagreeing, not a message a user should meet.
    private static func checked(_ bound: String, text: String, option: String) throws -> PeriodBound {
        guard let period = PeriodBound(bound) else {
            throw ValidationError("\(option) \(text) gives \(bound), which is no year, month or day; expected \(forms)")
        }
        return period
    }
}
