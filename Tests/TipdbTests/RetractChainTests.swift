import Foundation
import Testing

/// `tipdb retract` refusing a cited figure names every figure that rests on it, directly or
/// through others, nearest first, so one command can withdraw the chain. It named the direct
/// repeats alone, and each retry with them was refused for the next link (review of session 49).
@Suite("retract: a cited figure's whole chain named (built binary)")
struct RetractChainTests {
    @Test("a1 with repeats two and three links away: all five named, the citing ones apart; with them all, the dry run passes")
    func wholeChain() throws {
        try withTemporaryDirectory { dir in
            try RepeatChain.make(in: dir)
            try RepeatChain.write([("f3.csv", RepeatChain.f3)], in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "f3.csv"], in: dir).status == 0)
            let refused = try Tipdb.run(["retract", "a1", "--reason", "x", "--dry-run"], in: dir)
            #expect(refused.status == 1)
            #expect(refused.stderr == """
                tipdb: error: figure "a1" is cited by 2 figures not retracted with it (b1, b2), whose lineage would break; \
                5 figures not retracted with it rest on it, directly or through others: b1, b2, c1, e1, d1; retract them all in \
                the same command, or first ingest the ones citing it (b1, b2) with another cites (an empty cites column clears it)
                tipdb: nothing was retracted (dry run)

                """, "\(refused.stderr)")

            // Some of the chain given: every figure resting on a1 and not given is named, c1 and d1 through b1 too.
            let part = try Tipdb.run(["retract", "a1", "b1", "--reason", "x", "--dry-run"], in: dir)
            #expect(part.stderr.contains(
                "figure \"a1\" is cited by 1 figure not retracted with it (b2), whose lineage would break; 4 figures not retracted "
                    + "with it rest on it, directly or through others: b2, c1, e1, d1; retract them all in the same command, or first ingest the "
                    + "one citing it (b2) with another cites"), "\(part.stderr)")

            let all = try Tipdb.run(["retract", "a1", "b1", "b2", "c1", "e1", "d1", "--reason", "x", "--dry-run"], in: dir)
            #expect(all.status == 0, "\(all.stderr)")
        }
    }
}
