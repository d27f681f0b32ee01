import SDCore
import SDJSON
import SDReport

/// Writes the results of `sdgen test` as text, JSON, GitHub annotations or JUnit XML.
package enum SimulationTestReport {
  /// The results of one test file.
  package struct File: Hashable, Sendable {
    /// The test file's path as given.
    package let path: String
    /// One result per case, in file order.
    package let results: [SimulationTestResult]

    /// Creates the results of one file.
    package init(path: String, results: [SimulationTestResult]) {
      self.path = path
      self.results = results
    }
  }

  /// The output formats.
  package enum Format: String, CaseIterable, Sendable {
    case text, json, github, junit
  }

  /// The report in `format`, ending with a newline.
  package static func format(_ files: [File], as format: Format) -> String {
    switch format {
    case .text: text(files)
    case .json: json(files)
    case .github: github(files)
    case .junit: junit(files)
    }
  }

  /// `sdgen test: N cases, N passed, N failed`.
  package static func summary(_ files: [File]) -> String {
    let results = files.flatMap(\.results)
    let failed = results.filter { !$0.passed }.count
    return
      "sdgen test: \(results.count) case\(results.count == 1 ? "" : "s"), \(results.count - failed) passed, \(failed) failed"
  }

  /// One `FAIL path:line:column: name: expected …, simulated …` line per failing case, its label
  /// diff and relabel trace indented below, then the summary.
  private static func text(_ files: [File]) -> String {
    var text = ""
    for file in files {
      for result in file.results where !result.passed {
        text += "FAIL \(place(result, in: file.path)): \(failureLine(result))\n"
        if !result.labelDiff.isEmpty { text += "  labels: \(result.labelDiff.joined(separator: ", "))\n" }
        if let trace = result.trace {
          for line in trace.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            text += line.isEmpty ? "\n" : "  \(line)\n"
          }
        }
      }
    }
    return text + summary(files) + "\n"
  }

  private static func json(_ files: [File]) -> String {
    let results = files.flatMap(\.results)
    var writer = JSONWriter()
    writer.object { writer in
      writer.key("files")
      writer.array { writer in
        for file in files {
          writer.object { writer in
            writer.member("path", file.path)
            writer.key("cases")
            writer.array { writer in
              for result in file.results { write(result, to: &writer) }
            }
          }
        }
      }
      writer.key("passed")
      writer.value(results.filter(\.passed).count)
      writer.key("failed")
      writer.value(results.filter { !$0.passed }.count)
    }
    return writer.output + "\n"
  }

  private static func write(_ result: SimulationTestResult, to writer: inout JSONWriter) {
    let testCase = result.testCase
    writer.object { writer in
      writer.member("name", testCase.name)
      writer.member("job", testCase.job)
      writer.key("instance")
      if let instance = testCase.instance { writer.value(instance) } else { writer.null() }
      writer.key("line")
      writer.value(testCase.range.start.line)
      writer.key("column")
      writer.value(testCase.range.start.column)
      writer.key("passed")
      writer.value(result.passed)
      writer.member("expected", result.expected)
      writer.member("simulated", result.simulated)
      writer.key("label_diff")
      writer.array { writer in
        for change in result.labelDiff { writer.value(change) }
      }
      writer.key("trace")
      if let trace = result.trace { writer.value(trace) } else { writer.null() }
    }
  }

  /// One `::error` annotation per failing case at its line, then the summary.
  private static func github(_ files: [File]) -> String {
    var text = ""
    for file in files {
      for result in file.results where !result.passed {
        let start = result.testCase.range.start
        var message = failureLine(result)
        if !result.labelDiff.isEmpty { message += "\nlabels: " + result.labelDiff.joined(separator: ", ") }
        if let trace = result.trace { message += "\n" + trace }
        text +=
          "::error file=\(GitHubFormatter.escape(file.path, inProperty: true)),line=\(start.line),col=\(start.column),"
          + "title=sdgen test::\(GitHubFormatter.escape(message, inProperty: false))\n"
      }
    }
    return text + summary(files) + "\n"
  }

  /// JUnit XML: one `testsuite` per file, one `testcase` per case, a `failure` with the trace.
  private static func junit(_ files: [File]) -> String {
    let results = files.flatMap(\.results)
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"sdgen test\" tests=\"\(results.count)\" failures=\"\(results.filter { !$0.passed }.count)\">\n"
    for file in files {
      let failures = file.results.filter { !$0.passed }.count
      xml += "  <testsuite name=\"\(xmlEscape(file.path))\" tests=\"\(file.results.count)\" failures=\"\(failures)\">\n"
      for result in file.results {
        let testCase = result.testCase
        let attributes =
          "name=\"\(xmlEscape(testCase.name))\" classname=\"\(xmlEscape(testCase.job))\" "
          + "file=\"\(xmlEscape(file.path))\" line=\"\(testCase.range.start.line)\""
        guard !result.passed else {
          xml += "    <testcase \(attributes)/>\n"
          continue
        }
        var body = ""
        if !result.labelDiff.isEmpty { body += "labels: " + result.labelDiff.joined(separator: ", ") + "\n" }
        body += result.trace ?? ""
        xml += "    <testcase \(attributes)>\n"
        xml += "      <failure message=\"\(xmlEscape(failureLine(result)))\">\(xmlEscape(body))</failure>\n"
        xml += "    </testcase>\n"
      }
      xml += "  </testsuite>\n"
    }
    return xml + "</testsuites>\n"
  }

  private static func place(_ result: SimulationTestResult, in path: String) -> String {
    "\(path):\(result.testCase.range.start)"
  }

  private static func failureLine(_ result: SimulationTestResult) -> String {
    "\(result.testCase.name): expected \(result.expected), simulated \(result.simulated)"
  }

  /// Escapes XML's five special characters and drops control characters XML 1.0 cannot carry.
  private static func xmlEscape(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&apos;"
      case "\n", "\t", "\r": escaped.unicodeScalars.append(scalar)
      default:
        if scalar.value >= 0x20 { escaped.unicodeScalars.append(scalar) }
      }
    }
    return escaped
  }
}
