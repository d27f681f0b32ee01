import SDCore
import SDJSON

/// Writes a `TargetDiff` in the formats `sdgen targets --diff` prints.
package enum TargetDiffReport {
  /// The output formats.
  package enum Format: String, CaseIterable, Sendable {
    case text, json, markdown, github
  }

  /// Where a job and its relabel rules are written in the new configuration, for GitHub annotations.
  package struct Anchors: Sendable {
    /// The file annotations point into.
    package var file: String
    /// The line of each job's name.
    package var jobLines: [String: Int] = [:]
    /// The line of each job's relabel rules, by index.
    package var ruleLines: [String: [Int]] = [:]

    /// Anchors in `file`, with no lines known yet.
    package init(file: String) {
      self.file = file
    }
  }

  /// `diff` in `format`; `anchors` place GitHub annotations.
  package static func format(_ diff: TargetDiff, as format: Format, anchors: Anchors? = nil) -> String {
    switch format {
    case .text: text(diff)
    case .json: json(diff)
    case .markdown: markdown(diff)
    case .github: github(diff, anchors: anchors) + text(diff)
    }
  }

  /// The one-line summary.
  package static func summary(_ diff: TargetDiff) -> String {
    guard !diff.isEmpty else { return "no target changes" }
    let added = diff.jobs.filter { $0.kind == .added }.count
    let removed = diff.jobs.filter { $0.kind == .removed }.count
    let kinds = [added > 0 ? "\(added) added" : nil, removed > 0 ? "\(removed) removed" : nil].compactMap { $0 }
    return "\(count(diff.jobs.count, "job")) changed" + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")
      + ": \(count(diff.startedCount, "target")) start, \(diff.stoppedCount) stop, "
      + "\(diff.relabelledCount) change labels"
  }

  private static func text(_ diff: TargetDiff) -> String {
    var out = ""
    for job in diff.jobs {
      out += "job \(job.job) (\(job.kind.rawValue)): \(jobSummary(job))\n"
      for target in job.started { out += "  + \(target.instanceName)  \(target.address)\n" }
      for (target, reason) in job.stopped {
        out += "  - \(target.instanceName)  \(target.address)" + (reason.map { "  (\($0))" } ?? "") + "\n"
      }
      for (old, _, changes) in job.relabelled {
        out += "  ~ \(old.instanceName)  " + changes.map(describe).joined(separator: ", ") + "\n"
      }
    }
    return out + summary(diff) + "\n"
  }

  private static func jobSummary(_ job: TargetDiff.JobChange) -> String {
    var parts: [String] = []
    if !job.started.isEmpty { parts.append("\(job.started.count) start") }
    if !job.stopped.isEmpty { parts.append("\(job.stopped.count) stop") }
    if !job.relabelled.isEmpty { parts.append("\(job.relabelled.count) change labels") }
    return parts.isEmpty ? "no targets" : parts.joined(separator: ", ")
  }

  private static func describe(_ change: TargetDiff.LabelChange) -> String {
    "\(change.name): \(change.old.map(\.goQuoted) ?? "(none)") -> \(change.new.map(\.goQuoted) ?? "(none)")"
  }

  private static func json(_ diff: TargetDiff) -> String {
    var writer = JSONWriter()
    writer.object { writer in
      writer.member("version", 1)
      writer.key("jobs")
      writer.array { writer in
        for job in diff.jobs {
          writer.object { writer in
            writer.member("job", job.job)
            writer.member("kind", job.kind.rawValue)
            writer.key("started")
            writer.array { writer in
              for target in job.started { targetObject(target, reason: nil, into: &writer) }
            }
            writer.key("stopped")
            writer.array { writer in
              for (target, reason) in job.stopped { targetObject(target, reason: reason, into: &writer) }
            }
            writer.key("changed")
            writer.array { writer in
              for (old, _, changes) in job.relabelled {
                writer.object { writer in
                  writer.member("instance", old.instanceName)
                  writer.key("labels")
                  writer.array { writer in
                    for change in changes {
                      writer.object { writer in
                        writer.member("name", change.name)
                        writer.member("old", change.old)
                        writer.member("new", change.new)
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      writer.key("summary")
      writer.object { writer in
        writer.member("jobs", diff.jobs.count)
        writer.member("started", diff.startedCount)
        writer.member("stopped", diff.stoppedCount)
        writer.member("changed", diff.relabelledCount)
      }
    }
    return writer.output + "\n"
  }

  private static func targetObject(_ target: SimulatedTarget, reason: TargetDropReason?, into writer: inout JSONWriter) {
    writer.object { writer in
      writer.member("instance", target.instanceName)
      writer.member("address", target.address)
      if let reason {
        writer.member("reason", reason.description)
        writer.key("rule")
        if let rule = reason.ruleIndex { writer.value(rule) } else { writer.null() }
      }
    }
  }

  private static func markdown(_ diff: TargetDiff) -> String {
    var out = "### sdgen targets --diff\n\n\(summary(diff))\n"
    for job in diff.jobs {
      out += "\n#### `\(job.job)` (\(job.kind.rawValue)): \(jobSummary(job))\n\n"
      out += "| | instance | address | change |\n|---|---|---|---|\n"
      for target in job.started { out += "| + | \(cell(target.instanceName)) | \(cell(target.address)) | starts |\n" }
      for (target, reason) in job.stopped {
        out += "| − | \(cell(target.instanceName)) | \(cell(target.address)) | \(cell(reason?.description ?? "stops")) |\n"
      }
      for (old, _, changes) in job.relabelled {
        out += "| ~ | \(cell(old.instanceName)) | \(cell(old.address)) | \(cell(changes.map(describe).joined(separator: ", "))) |\n"
      }
    }
    return out
  }

  /// Text safe in a Markdown table cell.
  private static func cell(_ text: String) -> String {
    "`" + text.replacing("|", with: "\\|").replacing("`", with: "'") + "`"
  }

  private static func github(_ diff: TargetDiff, anchors: Anchors?) -> String {
    var out = ""
    for job in diff.jobs {
      let jobLine = anchors?.jobLines[job.job]
      for (target, reason) in job.stopped {
        let line = reason?.ruleIndex.flatMap { anchors?.ruleLines[job.job]?[safe: $0] } ?? jobLine
        out += annotation(
          "warning", line: line, anchors: anchors,
          "job \(job.job): \(target.instanceName) stops being scraped" + (reason.map { ": \($0)" } ?? ""))
      }
      if !job.started.isEmpty {
        out += annotation("notice", line: jobLine, anchors: anchors, "job \(job.job): \(job.started.count) targets start being scraped")
      }
      if !job.relabelled.isEmpty {
        out += annotation("notice", line: jobLine, anchors: anchors, "job \(job.job): \(job.relabelled.count) targets change labels")
      }
    }
    return out
  }

  private static func annotation(_ level: String, line: Int?, anchors: Anchors?, _ message: String) -> String {
    var properties: [String] = []
    if let anchors { properties.append("file=\(escapeProperty(anchors.file))") }
    if let line { properties.append("line=\(line)") }
    let head = properties.isEmpty ? "::\(level)::" : "::\(level) \(properties.joined(separator: ","))::"
    return head + escapeData(message) + "\n"
  }

  /// Workflow-command data escaping: `%`, CR and LF.
  private static func escapeData(_ text: String) -> String {
    escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
  }

  /// Workflow-command property escaping: data escaping plus `:` and `,`.
  private static func escapeProperty(_ text: String) -> String {
    escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
  }

  private static func escape(_ text: String, _ table: [(Unicode.Scalar, String)]) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if let replacement = table.first(where: { $0.0 == scalar })?.1 {
        out += replacement
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
