import SDCore
import SDJSON

/// The machine contract of `sdgen lint --format json`: one compact JSON object on one line,
/// `{"version":1,"diagnostics":[…],"summary":{…}}`, keys in a fixed order, 1-based positions.
package struct JSONFormatter: DiagnosticFormatter {
  /// The version of the JSON shape; it changes only when a key is removed or changes meaning.
  package static let version = 1

  /// Creates the formatter.
  package init() {}

  /// The report as one JSON object followed by a newline.
  package func format(_ report: LintReport) -> String {
    var json = JSONWriter()
    json.object { json in
      json.member("version", Self.version)
      json.key("diagnostics")
      json.array { json in
        for entry in report.entries { Self.write(entry, to: &json) }
      }
      let summary = report.summary
      json.key("summary")
      json.object { json in
        json.member("files", summary.files)
        json.member("errors", summary.errors)
        json.member("warnings", summary.warnings)
        json.member("infos", summary.infos)
      }
    }
    return json.output + "\n"
  }

  private static func write(_ entry: ReportedDiagnostic, to json: inout JSONWriter) {
    let diagnostic = entry.diagnostic
    json.object { json in
      json.member("file", entry.path)
      writeRange(diagnostic.range, to: &json)
      json.member("severity", diagnostic.severity.rawValue)
      json.member("rule", diagnostic.rule.rawValue)
      json.member("message", diagnostic.message)
      json.member("help", diagnostic.help)
      json.key("fixes")
      json.array { json in
        for fix in diagnostic.fixes { write(fix, to: &json) }
      }
    }
  }

  private static func write(_ fix: Fix, to json: inout JSONWriter) {
    json.object { json in
      json.member("title", fix.title)
      json.member("safe", fix.isSafe)
      json.key("edits")
      json.array { json in
        for edit in fix.edits {
          json.object { json in
            writeRange(edit.range, to: &json)
            json.member("replacement", edit.replacement)
          }
        }
      }
    }
  }

  private static func writeRange(_ range: SourceRange, to json: inout JSONWriter) {
    json.member("line", range.start.line)
    json.member("column", range.start.column)
    json.member("endLine", range.end.line)
    json.member("endColumn", range.end.column)
  }
}
