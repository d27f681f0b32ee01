import SDReport
import Testing

@Suite struct OutputColorChoiceTests {
  @Test func autoFollowsTheTerminalAndTheConventions() {
    let auto = ColorChoice.auto
    #expect(auto.usesColor(isTerminal: true, environment: [:]))
    #expect(!auto.usesColor(isTerminal: false, environment: [:]))
    #expect(!auto.usesColor(isTerminal: true, environment: ["NO_COLOR": "1"]))
    #expect(auto.usesColor(isTerminal: true, environment: ["NO_COLOR": ""]))
    #expect(auto.usesColor(isTerminal: false, environment: ["FORCE_COLOR": "1"]))
    #expect(auto.usesColor(isTerminal: false, environment: ["CLICOLOR_FORCE": "yes"]))
    #expect(!auto.usesColor(isTerminal: false, environment: ["FORCE_COLOR": "0"]))
    #expect(!auto.usesColor(isTerminal: false, environment: ["FORCE_COLOR": ""]))
    #expect(!auto.usesColor(isTerminal: true, environment: ["NO_COLOR": "x", "FORCE_COLOR": "1"]))
  }

  @Test func alwaysAndNeverIgnoreTheEnvironment() {
    #expect(ColorChoice.always.usesColor(isTerminal: false, environment: ["NO_COLOR": "1"]))
    #expect(!ColorChoice.never.usesColor(isTerminal: true, environment: ["FORCE_COLOR": "1"]))
  }
}
