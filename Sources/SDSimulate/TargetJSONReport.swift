import SDJSON

/// Writes a simulation as the one JSON object `sdgen targets --format json` prints.
public enum TargetJSONReport {
  /// `{"targets":[{"job","instance","labels"}],"dropped":[{"job","instance","rule","reason"}]}`, in
  /// simulation order, labels sorted by name, followed by a newline.
  public static func format(_ simulation: TargetSimulation) -> String {
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
        }
      }
      writer.key("dropped")
      writer.array { writer in
        for dropped in simulation.dropped {
          writer.object { writer in
            writer.member("job", dropped.job)
            writer.member("instance", dropped.instanceName)
            writer.key("rule")
            if let rule = dropped.reason.ruleIndex { writer.value(rule) } else { writer.null() }
            writer.member("reason", dropped.reason.description)
          }
        }
      }
    }
    return writer.output + "\n"
  }
}
