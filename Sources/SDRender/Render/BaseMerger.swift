import SDCore
import SDYAML

/// Adds generated jobs to an existing prometheus.yml without touching its text: the jobs are
/// inserted after the last item of its `scrape_configs` (or a new `scrape_configs` is appended),
/// written with the base's own line breaks (LF, CRLF, CR, NEL, LS or PS: `SourceText` finds them).
struct BaseMerger {
  /// The base file.
  let base: SourceText

  /// The base text with `jobs` added, or the problems that prevent it.
  func merge(jobs: [YAMLValue], names: [String]) -> (text: String?, diagnostics: [Diagnostic]) {
    let parsed = YAMLParser().parse(base)
    let yamlErrors = parsed.diagnostics.filter { $0.severity == .error }.map { withFile($0) }
    if !yamlErrors.isEmpty { return (nil, yamlErrors) }
    if jobs.isEmpty { return (String(decoding: base.bytes, as: UTF8.self), []) }
    let document = parsed.document
    let block = YAMLWriter().write(.sequence(jobs, flow: false))
    guard let root = document.root else { return (appending("scrape_configs:\n" + block), []) }
    guard document[root].kind == .mapping else {
      return (nil, [problem("the base file must be a mapping of Prometheus sections", document[root].range)])
    }
    guard let pair = document.pairs(root).first(where: { document[$0.key].value == "scrape_configs" }) else {
      return (appending("scrape_configs:\n" + block), [])
    }
    let list = document[pair.value]
    if list.isNull { return (replacingNull(list.range, with: indented(block, by: 2)), []) }
    guard list.kind == .sequence, list.style == .block else {
      let message = "the base file's scrape_configs must be a block list (one '- job_name:' per job) to merge into"
      return (nil, [problem(message, list.range)])
    }
    let clashes = clashingJobs(in: pair.value, document: document, generated: Set(names))
    if !clashes.isEmpty { return (nil, clashes) }
    let lastLine = lastContentLine(of: pair.value, in: document)
    let offset = lastLine < base.lineStarts.count ? base.lineStarts[lastLine] : base.bytes.count
    let needsBreak = offset == base.bytes.count && !base.endsWithLineBreak
    guard let indent = dashIndent(of: pair.value, in: document) else {
      let message = "cannot tell where the base file's scrape_configs items start; write one '- ' per job"
      return (nil, [problem(message, list.range)])
    }
    let insertion = (needsBreak ? "\n" : "") + indented(block, by: indent)
    return (splice(offset..<offset, with: insertion), [])
  }

  /// The base with a null `scrape_configs` value removed (a comment after it kept) and `block` on the next lines.
  private func replacingNull(_ range: SourceRange, with block: String) -> String {
    let bytes = base.bytes
    let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    var valueStart = base.offset(of: range.start)
    while valueStart > 0, isBlank(bytes[valueStart - 1]) { valueStart -= 1 }
    var restStart = base.offset(of: range.end)
    let line = base.line(containing: restStart)
    let lineEnd = base.contentEnd(ofLine: line)
    while restStart < lineEnd, isBlank(bytes[restStart]) { restStart += 1 }
    // A comment keeps the blanks before it, without which it would not be a comment.
    var commentStart = restStart
    while commentStart > valueStart, isBlank(bytes[commentStart - 1]) { commentStart -= 1 }
    var result = Array(bytes[..<valueStart]) + (restStart < lineEnd ? bytes[commentStart..<lineEnd] : [])
    result += base.withLineBreaks("\n" + block)
    if line < base.lineStarts.count { result += bytes[base.lineStarts[line]...] }
    return String(decoding: result, as: UTF8.self)
  }

  private func clashingJobs(in list: YAMLNode.ID, document: YAMLDocument, generated: Set<String>) -> [Diagnostic] {
    var clashes: [Diagnostic] = []
    for item in document.items(list) {
      let resolved = document.resolve(item)
      guard document[resolved].kind == .mapping,
        let name = document.mappingEntries(resolved).first(where: { document[$0.key].value == "job_name" })
      else { continue }
      let value = document[name.value].value
      if generated.contains(value) {
        clashes.append(
          Diagnostic(
            rule: .specDuplicateJob, severity: .error,
            message: "job '\(value)' is in the base file and in the spec; rename one or remove it from the base",
            range: document[name.value].range, file: base.path))
      }
    }
    return clashes
  }

  /// The number of spaces before the `-` of a block list's first item. The list's own range starts at its
  /// anchor or tag when it has one (`scrape_configs: &jobs`), so the dash is found before the first item.
  private func dashIndent(of list: YAMLNode.ID, in document: YAMLDocument) -> Int? {
    guard let first = document.items(list).first else { return nil }
    // A null first item ('-' alone on its line) starts right after the dash or on the next line.
    let offset = base.skippingBlanksBackward(from: base.offset(of: document[first].range.start))
    guard offset > 0, base.bytes[offset - 1] == UInt8(ascii: "-") else { return nil }
    let lineStart = base.lineStart(containing: offset - 1)
    let indent = offset - 1 - lineStart
    guard base.bytes[lineStart..<offset - 1].allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
    return indent
  }

  /// The 0-based index of the line after the last character written inside `id`.
  private func lastContentLine(of id: YAMLNode.ID, in document: YAMLDocument) -> Int {
    let node = document[id]
    switch node.kind {
    case .sequence where node.style == .block:
      return document.items(id).map { lastContentLine(of: $0, in: document) }.max() ?? node.range.start.line
    case .mapping where node.style == .block:
      return document.pairs(id).map { lastContentLine(of: $0.value, in: document) }.max() ?? node.range.start.line
    default:
      return node.range.end.column == 1 ? node.range.end.line - 1 : node.range.end.line
    }
  }

  private func appending(_ text: String) -> String {
    let separator = base.endsWithLineBreak ? [] : base.lineBreak
    return String(decoding: base.bytes + separator + base.withLineBreaks(text), as: UTF8.self)
  }

  private func splice(_ range: Range<Int>, with text: String) -> String {
    var bytes = base.bytes
    bytes.replaceSubrange(range, with: base.withLineBreaks(text))
    return String(decoding: bytes, as: UTF8.self)
  }

  private func indented(_ block: String, by width: Int) -> String {
    guard width > 0 else { return block }
    let pad = String(repeating: " ", count: width)
    var out = ""
    for line in block.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      out += pad + line + "\n"
    }
    return out
  }

  private func problem(_ message: String, _ range: SourceRange) -> Diagnostic {
    Diagnostic(rule: .specInvalidValue, severity: .error, message: message, range: range, file: base.path)
  }

  private func withFile(_ diagnostic: Diagnostic) -> Diagnostic {
    var copy = diagnostic
    copy.file = base.path
    return copy
  }
}
