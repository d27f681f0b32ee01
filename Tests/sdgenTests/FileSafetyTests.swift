import Foundation
import SDTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What `render -o`, `lint -o` and `lint --fix` do to the files people own, and what `lint` reads,
/// end to end through the binary on real files: links, devices, FIFOs, modes, encodings, inputs.
@Suite final class FileSafetyTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-files")
  }

  static let spec = RenderCommandTests.spec
  static let typo = LintCommandTests.typo
  static let fixed = typo.replacing("prot:", with: "port:")
  /// Linux's device number of `/dev/null` (major 1, minor 3), for a node made in the scratch folder.
  static let nullDevice: dev_t = 1 << 8 | 3

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  private func text(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: URL(fileURLWithPath: path(name))), as: UTF8.self)
  }

  private func status(_ name: String) -> stat {
    var status = stat()
    lstat(path(name), &status)
    return status
  }

  private func run(_ arguments: [String], input: String = "") throws -> CLIRunner.Result {
    try CLIRunner.run(arguments, input: input, directory: folder)
  }

  /// Runs `script` with bash in the folder, `$SDGEN` naming the binary.
  private func shell(_ script: String) throws -> (stdout: String, stderr: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["SDGEN"] = CLIRunner.executable.path
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
  }

  // MARK: Writes

  @Test func aFixThroughASymlinkWritesItsTargetAndKeepsTheLink() throws {
    try write("configs/prod.yml", Self.typo)
    try FileManager.default.createSymbolicLink(atPath: path("prometheus.yml"), withDestinationPath: "configs/prod.yml")
    let result = try run(["lint", "--fix", "prometheus.yml"])
    #expect(result.status == 0)
    #expect(status("prometheus.yml").st_mode & S_IFMT == S_IFLNK)
    #expect(try text("configs/prod.yml") == Self.fixed)
    #expect(try FileManager.default.contentsOfDirectory(atPath: path("configs")) == ["prod.yml"])
  }

  @Test func renderThroughADanglingSymlinkCreatesItsTarget() throws {
    try write("sdgen.yml", Self.spec)
    try FileManager.default.createDirectory(atPath: path("out"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: path("prometheus.yml"), withDestinationPath: "out/p.yml")
    #expect(try run(["render", "sdgen.yml", "-o", "prometheus.yml"]).status == 0)
    #expect(status("prometheus.yml").st_mode & S_IFMT == S_IFLNK)
    #expect(try text("out/p.yml") == RenderCommandTests.rendered)
  }

  @Test func aFixKeepsModeOwnerAndGroup() throws {
    try write("p.yml", Self.typo)
    chmod(path("p.yml"), 0o640)
    let owner: uid_t = getuid() == 0 ? 65534 : getuid()
    let group: gid_t = getuid() == 0 ? 65534 : getgid()
    chown(path("p.yml"), owner, group)
    #expect(try run(["lint", "--fix", "p.yml"]).status == 0)
    #expect(try text("p.yml") == Self.fixed)
    let after = status("p.yml")
    #expect(after.st_mode & 0o7777 == 0o640)
    #expect(after.st_uid == owner)
    #expect(after.st_gid == group)
  }

  @Test func aFixWritesAHardLinkedFileInPlaceSoEveryLinkSeesIt() throws {
    try write("p.yml", Self.typo)
    link(path("p.yml"), path("q.yml"))
    let inode = status("p.yml").st_ino
    #expect(try run(["lint", "--fix", "p.yml"]).status == 0)
    #expect(status("p.yml").st_ino == inode)
    #expect(try text("q.yml") == Self.fixed)
  }

  @Test func renderWritesThroughACharacterDeviceWithoutReplacingIt() throws {
    guard mknod(path("null"), S_IFCHR | 0o666, Self.nullDevice) == 0 else {
      print("skipping the device test: mknod is not permitted here")
      return
    }
    try write("sdgen.yml", Self.spec)
    let result = try run(["render", "sdgen.yml", "-o", "null"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(status("null").st_mode & S_IFMT == S_IFCHR)
    #expect(status("null").st_rdev == Self.nullDevice)
  }

  @Test func lintWritesItsReportThroughAFIFO() throws {
    try write("p.yml", Self.typo)
    let result = try shell("mkfifo report && (cat report > got &) && \"$SDGEN\" lint -o report --format compact p.yml")
    #expect(result.status == 1)
    #expect(status("report").st_mode & S_IFMT == S_IFIFO)
    var got = ""
    for _ in 0..<100 where got.isEmpty {
      usleep(20_000)
      got = (try? text("got")) ?? ""
    }
    #expect(got == "p.yml:6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n")
  }

  @Test func writingOverAnInputIsRefusedAndLeavesEveryFileAsItWas() throws {
    try write("sdgen.yml", Self.spec)
    try write("p.yml", Self.typo)
    try FileManager.default.createSymbolicLink(atPath: path("link.yml"), withDestinationPath: "p.yml")
    let render = try run(["render", "sdgen.yml", "-o", "sdgen.yml"])
    #expect(render.status == 2)
    #expect(
      render.stderr
        == "sdgen: error: cannot write 'sdgen.yml': it is an input of this command, and writing it would destroy "
        + "the input; write the output to another file\n")
    #expect(try text("sdgen.yml") == Self.spec)
    for arguments in [["-o", "p.yml", "p.yml"], ["-o", "link.yml", "p.yml"], ["--fix", "-o", "./p.yml", "p.yml"]] {
      let lint = try run(["lint"] + arguments)
      #expect(lint.status == 2)
      #expect(lint.stderr.hasPrefix("sdgen: error: cannot write '\(arguments[arguments.count - 2])': it is an input"))
      #expect(try text("p.yml") == Self.typo)
    }
  }

  /// A fix run is one change: when the report (`-o` names a folder) or a later file (its name is too
  /// long for the temporary file beside it, which stops root too) cannot be written, no file is
  /// touched at all, not even rewritten with its old bytes, and no temporary file is left.
  @Test func aFixRunThatCannotWriteEverythingWritesNothing() throws {
    let long = String(repeating: "p", count: 220) + ".yml"
    for name in ["a.yml", "b.yml", long] { try write(name, Self.typo) }
    try FileManager.default.createDirectory(atPath: path("report"), withIntermediateDirectories: false)
    let before = status("a.yml")
    for (arguments, failure) in [
      (["a.yml", "b.yml", "-o", "report"], "cannot write 'report': it is a directory"),
      (["a.yml", long], "cannot write '\(long)': File name too long"),
    ] {
      let result = try run(["lint", "--fix"] + arguments)
      #expect(result.status == 2)
      #expect(result.stderr == "sdgen: error: \(failure)\n")
      #expect(result.stdout == "")
      for name in ["a.yml", "b.yml", long] { #expect(try text(name) == Self.typo) }
      #expect(status("a.yml").st_ino == before.st_ino)
      #expect(status("a.yml").st_mtim.tv_nsec == before.st_mtim.tv_nsec)
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(names.sorted() == [long, "a.yml", "b.yml", "report"].sorted())
    }
    let result = try run(["lint", "--fix", "a.yml", "b.yml", "-o", "report.txt"])
    #expect(result.status == 0)
    #expect(result.stderr == "a.yml: applied 1 fix(es)\nb.yml: applied 1 fix(es)\n")
    #expect(try text("a.yml") == Self.fixed)
    #expect(try text("b.yml") == Self.fixed)
    #expect(try text("report.txt") == "no problems found in 2 files\n")
  }

  /// `render -o` onto a folder, under a regular file, or with a name too long for the temporary file
  /// beside it: exit 2 with one line, and the folder holds what it held.
  @Test func aRenderThatCannotWriteLeavesEveryFileAsItWas() throws {
    try write("sdgen.yml", Self.spec)
    try write("plain", "keep me\n")
    try FileManager.default.createDirectory(atPath: path("out"), withIntermediateDirectories: false)
    let long = String(repeating: "q", count: 230) + ".yml"
    for (target, reason) in [
      ("out", "it is a directory"), ("plain/prometheus.yml", "Not a directory"), (long, "File name too long"),
    ] {
      let result = try run(["render", "sdgen.yml", "-o", target])
      #expect(result.status == 2)
      #expect(result.stderr == "sdgen: error: cannot write '\(target)': \(reason)\n")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out", "plain", "sdgen.yml"])
      #expect(try text("plain") == "keep me\n")
    }
  }

  @Test func aUTF16FileIsFixedInUTF16() throws {
    let utf16 = { (text: String) in Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
    let crlf = Self.typo.replacing("\n", with: "\r\n")
    try utf16(crlf).write(to: URL(fileURLWithPath: path("p.yml")))
    #expect(try run(["lint", "--fix", "p.yml"]).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path("p.yml"))) == utf16(crlf.replacing("prot:", with: "port:")))
  }

  // MARK: Reads

  @Test func lintReadsDevStdinAndProcessSubstitutions() throws {
    try write("p.yml", Self.typo)
    let expected = "p.yml:6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n"
    let stdin = try shell("\"$SDGEN\" lint --format compact /dev/stdin < p.yml")
    #expect(stdin.stdout == expected.replacing("p.yml", with: "/dev/stdin"))
    let substituted = try shell("\"$SDGEN\" lint --format compact <(cat p.yml)")
    #expect(substituted.status == 1)
    #expect(
      substituted.stdout.hasSuffix(":6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n"))
  }

  @Test func aSymlinkLoopAndADanglingSymlinkAreCalledWhatTheyAre() throws {
    try FileManager.default.createSymbolicLink(atPath: path("a.yml"), withDestinationPath: "b.yml")
    try FileManager.default.createSymbolicLink(atPath: path("b.yml"), withDestinationPath: "a.yml")
    try FileManager.default.createSymbolicLink(atPath: path("gone.yml"), withDestinationPath: "nowhere.yml")
    let loop = try run(["lint", "a.yml"])
    #expect(loop.status == 2)
    #expect(
      loop.stderr == "sdgen: error: cannot read 'a.yml': it is a symlink loop (a chain of links that never ends)\n")
    let dangling = try run(["lint", "gone.yml"])
    #expect(dangling.stderr == "sdgen: error: cannot read 'gone.yml': it is a symlink to a file that does not exist\n")
    let write = try run(["render", "-", "-o", "a.yml"], input: Self.spec)
    #expect(write.status == 2)
    #expect(
      write.stderr == "sdgen: error: cannot write 'a.yml': it is a symlink loop (a chain of links that never ends)\n")
  }

  @Test func twoFilesIncludingEachOtherAreEachLintedOnce() throws {
    let job =
      "scrape_configs:\n  - job_name: %@\n    static_configs:\n      - targets: ['h:1']\n    scrape_intervall: 1m\n"
    try write("a.yml", "scrape_config_files:\n  - b.yml\n" + String(format: job, "a"))
    try write("b.yml", "scrape_config_files:\n  - a.yml\n" + String(format: job, "b"))
    let result = try run(["lint", "--format", "compact", "a.yml", "b.yml"])
    #expect(result.status == 1)
    let findings = result.stdout.split(separator: "\n").filter { $0.contains("scrape_intervall") }
    #expect(findings.count == 2)
    #expect(Set(findings.map { $0.prefix(while: { $0 != ":" }) }) == ["a.yml", "b.yml"])
  }
}
