import SDJSON

/// Writes a simulation as the one JSON object `sdgen targets --format json` prints.
public enum TargetJSONReport {
  /// `{"targets":[{"job","instance","labels"}],"dropped":[{"job","instance","rule","reason"}]}`, in
  /// simulation order, labels sorted by name, followed by a newline.
  public static func format(_ simulation: TargetSimulation) -> String {
    var text = ""
    write(simulation, to: &text)
    return text
  }

  /// Writes what `format` returns to `output` in pieces, so a fleet's report is never held whole.
  public static func write(_ simulation: TargetSimulation, to output: inout some TextOutputStream) {
    let pieceSize = 1 << 16
    var writer = JSONWriter()
    writer.object { writer in
      writer.key("targets")
      writer.array { writer in
        for target in simulation.targets {
          writer.object { writer in
            writer.member("job", target.job)
            writer.member("instance", target.instanceName)
            writer.key("labels")
            writer.object { writer in
              for label in target.labels { writer.member(label.name, label.value) }
            }
          }
          if writer.output.utf8.count >= pieceSize { writer.flush(to: &output) }
        }
      }
      writer.key("dropped")
      let reasons = simulation.dropReasons.map(\.description)
      writer.array { writer in
        for dropped in simulation.dropRecords {
          let reason = simulation.dropReasons[Int(dropped.reason)]
          writer.object { writer in
            writer.member("job", simulation.jobs[Int(dropped.job)])
            writer.member("instance", dropped.instanceName)
            writer.key("rule")
            if let rule = reason.ruleIndex { writer.value(rule) } else { writer.null() }
            writer.member("reason", reasons[Int(dropped.reason)])
          }
          if writer.output.utf8.count >= pieceSize { writer.flush(to: &output) }
        }
      }
    }
    writer.flush(to: &output)
    output.write("\n")
  }
}
