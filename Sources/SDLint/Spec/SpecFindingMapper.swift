import SDCore
import SDYAML
import PrometheusModel
import SDRender

/// Moves the findings of a rendered spec back to the spec lines that produced them.
///
/// A finding's rendered position gives a node path; the source map gives the nearest origin of that path.
/// Inside a subtree copied verbatim (a Prometheus section, a scrape setting) the rest of the path is
/// followed in the spec document, keeping the column within a scalar written the same way. A finding in a
/// structured filter lands on the value or key it is about. Findings that land on the same spec place under
/// the same rule are reported once, with a note naming the jobs.
package struct SpecFindingMapper {
  private let rendered: RenderedSpec
  private let renderedSource: SourceText
  private let renderedDocument: YAMLDocument

  /// A mapper for findings in `renderedSource`, the text of `rendered`, parsed as `renderedDocument`.
  package init(rendered: RenderedSpec, renderedSource: SourceText, renderedDocument: YAMLDocument) {
    self.rendered = rendered
    self.renderedSource = renderedSource
    self.renderedDocument = renderedDocument
  }

  /// Rules whose findings are about a whole `gce_sd_configs` entry though they point at its first key; in a
  /// spec they land where the entry comes from, its zone.
  static let entryRules: Set<RuleID> = [.gceNoStatusFilter]

  /// `findings` at spec positions, fixes dropped (they edit the rendered text), one per spec place and rule.
  package func map(_ findings: [Diagnostic]) -> [Diagnostic] {
    var mapped: [Diagnostic] = []
    var jobsByPlace: [Place: [String]] = [:]
    for finding in findings {
      var path = RenderedNodePath.path(covering: finding.range, in: renderedDocument)
      if Self.entryRules.contains(finding.rule), path.count == 5 { path.removeLast() }
      let moved = move(finding, path: path)
      let place = Place(rule: moved.rule, file: moved.file, start: moved.range.start)
      let job = jobName(path)
      if let seen = jobsByPlace[place] {
        if let job, !seen.contains(job) { jobsByPlace[place] = seen + [job] }
        continue
      }
      jobsByPlace[place] = job.map { [$0] } ?? []
      mapped.append(moved)
    }
    return mapped.map { finding in
      var finding = finding
      let jobs = jobsByPlace[Place(rule: finding.rule, file: finding.file, start: finding.range.start)] ?? []
      if jobs.count > 1 { finding.notes.append("reported for jobs \(jobs.map { "'\($0)'" }.joined(separator: ", "))") }
      return finding
    }
  }

  /// A finding's identity once moved: one per rule and spec position.
  private struct Place: Hashable {
    var rule: RuleID
    var file: String?
    var start: SourcePosition
  }

  private func move(_ finding: Diagnostic, path: [SpecSourceMap.Component]) -> Diagnostic {
    var moved = finding
    moved.fixes = []
    moved.file = nil
    moved.message = relocatingLineReferences(in: moved.message)
    moved.help = moved.help.map(relocatingLineReferences)
    moved.notes = moved.notes.map(relocatingLineReferences)
    guard let (origin, rest) = rendered.sourceMap.origin(of: path) else {
      moved.range = jobsRange
      return moved
    }
    moved.file = origin.file
    moved.range = origin.range
    if let node = origin.node {
      moved.range = verbatimRange(of: finding, from: node, following: rest)
    } else if path.count == 5, case .key("filter") = path[4], let term = filterTermRange(finding, path: path) {
      moved.range = term
    }
    return moved
  }

  /// The range of the spec node reached from `node` along `rest`, keeping the finding's column within a
  /// one-line scalar written the same way in both files.
  private func verbatimRange(
    of finding: Diagnostic, from node: YAMLNode.ID, following rest: ArraySlice<SpecSourceMap.Component>
  ) -> SourceRange {
    let document = rendered.document
    var id = document.resolve(node)
    for component in rest {
      let next: YAMLNode.ID?
      switch component {
      case .key(let key): next = document[id].kind == .mapping ? document.value(forKey: key, in: id) : nil
      case .index(let index):
        next = document[id].kind == .sequence ? document.itemView(id).dropFirst(index).first : nil
      }
      guard let next else { return document[id].range }
      id = document.resolve(next)
    }
    let specNode = document[id]
    let renderedID = RenderedNodePath.node(covering: finding.range, in: renderedDocument)
    guard let renderedID, specNode.kind == .scalar else { return specNode.range }
    let renderedNode = renderedDocument[renderedID]
    guard renderedNode.kind == .scalar, renderedNode.value == specNode.value, renderedNode.style == specNode.style,
      renderedNode.range.start.line == renderedNode.range.end.line,
      specNode.range.start.line == specNode.range.end.line
    else { return specNode.range }
    let offset = finding.range.start.column - renderedNode.range.start.column
    let width = finding.range.end.line == finding.range.start.line
      ? finding.range.end.column - finding.range.start.column : 0
    let start = SourcePosition(line: specNode.range.start.line, column: specNode.range.start.column + offset)
    return SourceRange(start: start, end: SourcePosition(line: start.line, column: start.column + width))
  }

  /// `text` with each "line N" or "line N, column C" that names a rendered position naming the spec
  /// position it comes from instead.
  private func relocatingLineReferences(in text: String) -> String {
    guard text.contains("line ") else { return text }
    return text.replacing(/line (\d+)(, column (\d+))?/) { match in
      guard let line = Int(match.output.1) else { return String(match.output.0) }
      let column = match.output.3.flatMap { Int($0) } ?? firstColumn(ofRenderedLine: line)
      let position = SourcePosition(line: line, column: column)
      let path = RenderedNodePath.path(covering: SourceRange(at: position), in: renderedDocument)
      guard let (origin, _) = rendered.sourceMap.origin(of: path), origin.file == nil else {
        return String(match.output.0)
      }
      let start = origin.range.start
      return match.output.2 == nil ? "line \(start.line)" : "line \(start.line), column \(start.column)"
    }
  }

  /// The column of the first character of a rendered line that is not a space or a list dash.
  private func firstColumn(ofRenderedLine line: Int) -> Int {
    let text = renderedSource.line(line).unicodeScalars
    return (text.firstIndex { $0 != " " && $0 != "-" }.map { text.distance(from: text.startIndex, to: $0) } ?? 0) + 1
  }

  /// The value (or key) of a structured filter that a finding in the rendered filter text is about.
  private func filterTermRange(_ finding: Diagnostic, path: [SpecSourceMap.Component]) -> SourceRange? {
    guard case .index(let jobIndex) = path[1], rendered.spec.jobs.indices.contains(jobIndex),
      case .structured(let fields, let labels)? = (rendered.spec.jobs[jobIndex].filter ?? rendered.spec.defaults.filter)?
        .value
    else { return nil }
    let text = underlinedText(finding)
    guard !text.isEmpty else { return nil }
    let terms = fields + labels.map { term in
      var labelled = term
      labelled.name = "labels.\(term.name)"
      return labelled
    }
    for term in terms {
      if let index = term.values.firstIndex(of: text), term.valueRanges.indices.contains(index) {
        return term.valueRanges[index]
      }
    }
    return terms.first { $0.name == text || text.hasPrefix($0.name) }?.nameRange
  }

  /// The rendered text a finding underlines, without surrounding quotes.
  private func underlinedText(_ finding: Diagnostic) -> String {
    let range = finding.range
    guard range.start.line == range.end.line, range.end.column > range.start.column else { return "" }
    let scalars = Array(renderedSource.line(range.start.line).unicodeScalars)
    let lower = min(max(range.start.column - 1, 0), scalars.count)
    let upper = min(max(range.end.column - 1, lower), scalars.count)
    var text = String(String.UnicodeScalarView(scalars[lower..<upper]))
    if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
      text = String(text.dropFirst().dropLast())
    }
    return text
  }

  /// The name of the job a rendered path is in, if it is in one.
  private func jobName(_ path: [SpecSourceMap.Component]) -> String? {
    guard path.count >= 2, case .key("scrape_configs") = path[0], case .index(let index) = path[1],
      rendered.spec.jobs.indices.contains(index)
    else { return nil }
    return rendered.spec.jobs[index].name.value
  }

  /// Where the spec's `jobs:` key is, for a finding with no better place (the file's start without one).
  private var jobsRange: SourceRange {
    guard let root = rendered.document.root, rendered.document[rendered.document.resolve(root)].kind == .mapping,
      let pair = rendered.document.pairView(rendered.document.resolve(root)).first(where: {
        rendered.document[$0.key].value == "jobs"
      })
    else { return .fileStart }
    return rendered.document[pair.key].range
  }
}
