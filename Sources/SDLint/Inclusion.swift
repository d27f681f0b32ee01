import SDCore
import SDYAML
import PrometheusModel

/// Lints the files a configuration pulls in with `scrape_config_files`, in Prometheus's order, each
/// once, and reports job names that an earlier file (or the including file) already used. A file is
/// known by its identity, not its spelling: `./p.yml`, `p.yml`, an absolute path or a symlink to the
/// including file name the including file, which is never linted as its own include: the entry is
/// reported instead, as Prometheus refuses a scrape config file that holds `scrape_config_files`.
struct Inclusion {
  /// A file as this inclusion tells files apart: its identity, or its path when it cannot be read.
  private enum FileKey: Hashable {
    case file(FileIdentity)
    case path(String)

    init(_ path: String) {
      self = FileIdentity(path: path).map(Self.file) ?? .path(path)
    }
  }

  /// Where a job name was first seen: nil path for the including file.
  private struct FirstUse {
    let path: String?
    let range: SourceRange
  }

  /// A file already linted: where it was first included and its job names.
  private struct Included {
    let entryRange: SourceRange
    let jobNames: [String]
  }

  private let linter: Linter
  private let main: SourceText
  private let config: PrometheusConfig
  private let document: YAMLDocument
  /// Where each job name was first used; the including file's names are added when the first included
  /// file is linted (most files include none).
  private var firstUses: [String: FirstUse] = [:]
  private var hasMainJobNames = false
  private var included: [FileKey: Included] = [:]
  private let mainKey: FileKey
  /// Texts to use instead of reading the file, by path (files being fixed, not yet written).
  private let replacements: [String: SourceText]
  /// The findings in the included files, checked and with `file` set.
  private(set) var diagnostics: [Diagnostic] = []
  /// Findings at the including file's entries, for the linter to check with that file's findings.
  private(set) var entryFindings: [Diagnostic] = []
  /// The included files, in the order they were read.
  private(set) var sources: [SourceText] = []

  /// Starts an inclusion for the including file `main`.
  init(
    linter: Linter, main: SourceText, document: YAMLDocument, config: PrometheusConfig,
    replacements: [String: SourceText] = [:]
  ) {
    self.linter = linter
    self.main = main
    self.mainKey = main.path == "-" ? .path("-") : FileKey(main.path)
    self.replacements = replacements
    self.config = config
    self.document = document
  }

  /// Records the job names of the including file, once.
  private mutating func addMainJobNames() {
    guard !hasMainJobNames else { return }
    hasMainJobNames = true
    let jobs = config.scrapeConfigs
    for index in jobs.indices where !jobs[index].jobName.isEmpty && firstUses[jobs[index].jobName] == nil {
      guard let node = jobs[index].valueNode("job_name") else { continue }
      firstUses[jobs[index].jobName] = FirstUse(path: nil, range: document[node].range)
    }
  }

  /// Lints every file `entry` matches that was not linted yet.
  mutating func include(_ entry: IncludeEntry) {
    var includesMain = false
    for path in entry.paths {
      let key = FileKey(path)
      guard key != mainKey else {
        if !includesMain { reportIncludingMain(at: entry.range) }
        includesMain = true
        continue
      }
      if let earlier = included[key] {
        reportIncludedAgain(path, at: entry.range, earlier: earlier)
        continue
      }
      if let replacement = replacements[path] {
        lint(replacement, key: key, entryRange: entry.range)
        continue
      }
      let bytes: [UInt8]
      do {
        bytes = try AtomicFile.read(path)
      } catch {
        entryFindings.append(
          Diagnostic(
            rule: .schemaMissingInclude, severity: .error,
            message: "the scrape config file '\(path)' cannot be read, so Prometheus refuses the configuration",
            range: entry.range, help: "make the file readable, or remove the entry",
            notes: ["\(error)"]))
        included[key] = Included(entryRange: entry.range, jobNames: [])
        continue
      }
      lint(SourceText(path: path, bytes: bytes), key: key, entryRange: entry.range)
    }
  }

  private mutating func lint(_ source: SourceText, key: FileKey, entryRange: SourceRange) {
    sources.append(source)
    let placeholders = linter.placeholders(in: source)
    let parse = YAMLParser().parse(placeholders.blankingDirectiveLines(of: source))
    var reported = parse.diagnostics
    var decoded = PrometheusConfig()
    decoded.global = config.global
    if !parse.failed {
      let decoder = ScrapeConfigFileDecoder(
        version: linter.options.prometheusVersion, global: config.global, regexes: linter.caches.regexes)
      let result = decoder.decode(parse.document)
      decoded = result.config
      reported.append(contentsOf: result.diagnostics)
    }
    var jobNames: [String] = []
    addMainJobNames()
    for job in decoded.scrapeConfigs where !job.jobName.isEmpty {
      guard let node = job.valueNode("job_name") else { continue }
      let range = parse.document[node].range
      if let first = firstUses[job.jobName] {
        if first.path != source.path { reported.append(duplicate(job.jobName, at: range, first: first)) }
      } else {
        firstUses[job.jobName] = FirstUse(path: source.path, range: range)
        jobNames.append(job.jobName)
      }
    }
    included[key] = Included(entryRange: entryRange, jobNames: jobNames)
    for var finding in linter.check(
      source, document: parse.document, config: decoded, reported: reported, placeholders: placeholders) {
      finding.file = source.path
      diagnostics.append(finding)
    }
  }

  /// The finding for a job whose name an earlier file already used.
  private func duplicate(_ name: String, at range: SourceRange, first: FirstUse) -> Diagnostic {
    let place = first.path ?? main.path
    let prometheusPlace = first.path.map { "\"\($0)\"" } ?? "main config file"
    let prometheus = "found multiple scrape configs with job name \"\(name)\", first found in \(prometheusPlace)"
    return Diagnostic(
      rule: .schemaDuplicateJob, severity: .error,
      message: "the job name '\(name)' is already used by a scrape config in \(place)", range: range,
      help: "rename one of the two jobs; job names must be unique across all scrape config files",
      notes: [
        "first used in \(place) at line \(first.range.start.line), column \(first.range.start.column)",
        DecodingSession.prometheusSays(prometheus),
      ])
  }

  /// Reports an entry that matches the including file itself.
  private mutating func reportIncludingMain(at range: SourceRange) {
    entryFindings.append(
      Diagnostic(
        rule: .schemaMisplacedKey, severity: .error,
        message: "this entry includes this file itself, which Prometheus refuses as a scrape config file because it "
          + "holds scrape_config_files",
        range: range, help: "remove the entry, or change its pattern so that it does not match this file",
        notes: [DecodingSession.prometheusSays("field scrape_config_files not found in type config.ScrapeConfigs")]))
  }

  /// Reports an entry that matches a file an earlier entry already pulled in, when that file has jobs.
  private mutating func reportIncludedAgain(_ path: String, at range: SourceRange, earlier: Included) {
    guard let job = earlier.jobNames.first else { return }
    let line = earlier.entryRange.start.line
    entryFindings.append(
      Diagnostic(
        rule: .schemaDuplicateJob, severity: .error,
        message: "'\(path)' is already included by the entry on line \(line), so its job '\(job)' is defined twice",
        range: range, help: "remove one of the two entries, or make their patterns match different files",
        notes: [
          "Prometheus reports: found multiple scrape configs with job name \"\(job)\", first found in \"\(path)\""
        ]))
  }
}
