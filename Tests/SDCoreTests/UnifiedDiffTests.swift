import Foundation
import Testing

@testable import SDCore
import SDTestSupport

@Suite struct UnifiedDiffTests {
  @Test func equalTextsGiveNothing() {
    #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y") == "")
  }

  @Test func oneChangedLineWithContext() {
    let old = (1...10).map { "line \($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
    #expect(
      UnifiedDiff.diff(old: old, new: new, oldName: "a.yml", newName: "b.yml") == """
        --- a.yml
        +++ b.yml
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
  }

  @Test func distantChangesMakeSeparateHunks() {
    let old = (1...20).map { "\($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "\n2\n", with: "\n").replacingOccurrences(of: "\n19\n", with: "\n19\nnew\n")
    #expect(
      UnifiedDiff.diff(old: old, new: new, oldName: "a", newName: "b") == """
        --- a
        +++ b
        @@ -1,5 +1,4 @@
         1
        -2
         3
         4
         5
        @@ -17,4 +16,5 @@
         17
         18
         19
        +new
         20

        """)
  }

  @Test func emptyFilesAndMissingFinalNewline() {
    #expect(
      UnifiedDiff.diff(old: "", new: "a\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1 @@\n+a\n")
    #expect(
      UnifiedDiff.diff(old: "a\n", new: "a", oldName: "a", newName: "b")
        == "--- a\n+++ b\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n")
  }

  /// Applying the diff of random texts to the old text gives the new one, with every context line matching.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/patch"), "needs GNU patch"))
  func diffsApplyBack() throws {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<150 {
      let old = randomText(&generator)
      let new = randomText(&generator)
      let diff = UnifiedDiff.diff(old: old, new: new, oldName: "o", newName: "n", context: 2)
      #expect(try apply(diff, to: old) == new, "\(old)|\(new)|\(diff)")
    }
  }

  @Test func smallEditsInLargeFilesStayMinimal() {
    let old = (0..<50_000).map { "  - job_name: job-\($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "job-25000\n", with: "job-x\n")
    let diff = UnifiedDiff.diff(old: old, new: new, oldName: "a", newName: "b")
    #expect(diff.split(separator: "\n").filter { $0.hasPrefix("-  ") || $0.hasPrefix("+  ") }.count == 2)
  }

  private func randomText(_ generator: inout SplitMix64) -> String {
    let count = Int(generator.next() % 12)
    var text = (0..<count).map { _ in "l\(generator.next() % 4)\n" }.joined()
    if count > 0, generator.next() % 4 == 0 { text.removeLast() }
    return text
  }

  /// The new text as GNU patch rebuilds it from the old text and the diff.
  private func apply(_ diff: String, to old: String) throws -> String {
    if diff.isEmpty { return old }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let oldFile = folder.appendingPathComponent("old")
    let patchFile = folder.appendingPathComponent("patch")
    let outFile = folder.appendingPathComponent("out")
    try Data(old.utf8).write(to: oldFile)
    try Data(diff.utf8).write(to: patchFile)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
    process.arguments = ["-s", "-f", "-o", outFile.path, "-i", patchFile.path, oldFile.path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "patch rejected:\n\(diff)")
    return String(decoding: try Data(contentsOf: outFile), as: UTF8.self)
  }
}
