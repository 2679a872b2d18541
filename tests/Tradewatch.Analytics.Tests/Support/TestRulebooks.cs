namespace Tradewatch.Analytics.Tests.Support;

/// <summary>Small hand-written rulebooks whose every number the tests can work out by hand.</summary>
internal static class TestRulebooks
{
    /// <summary>
    /// UN-style (all states): a coal ban from the target starting mid-2016 (2 Mar: 305 of 366 days), a fish ban with
    /// a wind-down (5 Aug 2017, window to 4 Sep: 31 days exempt, 118 banned), a two-limit coke cap (USD 1000 or 10 t,
    /// lower binds), a refined-oil cap in barrels, a list-based arms ban, and a Rajin-style exemption on coal.
    /// </summary>
    public const string Un = """
        format: tradewatch-rulebook/1
        rulebook:
          id: test-un
          title: Test UN rulebook
          authority: Test
          targets: [PRK]
          jurisdiction: all_states
          version: "1"
          hs_revision: HS2017
          sources:
            - {id: s1, title: "test source", url: "https://example.org"}
        measures:
          - id: T-COAL-BAN
            title: Coal from the target
            citation: {instrument: "Test Resolution 1", paragraph: "OP1", url: "https://example.org", status: confirmed}
            adopted: 2016-03-02
            effective: 2016-03-02
            direction: from_target
            type: ban
            scope:
              basis: hs
              hs_confidence: high
              include: ["2701"]
            status: confirmed
            sources: [s1]
          - id: T-FISH-BAN
            title: Fish from the target, with a wind-down
            citation: {instrument: "Test Resolution 2", paragraph: "OP2", url: "https://example.org", status: confirmed}
            adopted: 2017-08-05
            effective: 2017-08-05
            wind_down:
              contracts_before: 2017-08-05
              until: 2017-09-04
              condition: contracts signed before adoption
              status: confirmed
            direction: from_target
            type: ban
            scope:
              basis: hs
              hs_confidence: high
              include: ["0302"]
            status: confirmed
            sources: [s1]
          - id: T-COKE-CAP
            title: Coke from the target capped in USD and tonnes
            citation: {instrument: "Test Resolution 3", paragraph: "OP3", url: "https://example.org", status: confirmed}
            adopted: 2017-01-01
            effective: 2017-01-01
            direction: from_target
            type: cap
            scope:
              basis: hs
              hs_confidence: high
              include: ["2704"]
            caps:
              - period: {kind: calendar_year, start: 2017-01-01}
                basis: all_states_combined
                combine: whichever_is_lower
                limits:
                  - {amount: 1000, unit: USD, status: confirmed}
                  - {amount: 10, unit: t, status: confirmed}
            status: confirmed
            sources: [s1]
          - id: T-OIL-CAP
            title: Refined oil to the target capped in barrels
            citation: {instrument: "Test Resolution 4", paragraph: "OP4", url: "https://example.org", status: confirmed}
            adopted: 2018-01-01
            effective: 2018-01-01
            direction: to_target
            type: cap
            scope:
              basis: hs
              hs_confidence: high
              include: ["2710"]
            caps:
              - period: {kind: calendar_year, start: 2018-01-01}
                basis: all_states_combined
                limits: [{amount: 500000, unit: barrels, status: confirmed}]
            status: confirmed
            sources: [s1]
          - id: T-ARMS-LIST
            title: Arms to the target (list-based)
            citation: {instrument: "Test Resolution 5", paragraph: "OP5", url: "https://example.org", status: confirmed}
            adopted: 2006-10-14
            effective: 2006-10-14
            direction: to_target
            type: ban
            scope:
              basis: list
              lists: ["test control list"]
              hs_confidence: low
              include: ["93"]
            status: confirmed
            sources: [s1]
        exemptions:
          - id: T-X1
            name: transit coal
            applies_to: [T-COAL-BAN]
            hs: ["2701"]
            condition: Coal of other origin in transit.
            status: confirmed
            detectable_from_trade_data: partly
            how: Only with a stated origin.
            test: origin_not_target
            sources: [s1]
          - id: T-X2
            name: livelihood
            applies_to: [T-COAL-BAN]
            condition: Livelihood purposes.
            status: confirmed
            detectable_from_trade_data: "no"
            how: Purpose is not in trade data.
            sources: [s1]
        conversion_factors:
          - product: refined_products_unspecified
            from: t
            to: barrels
            default: 8.33
            values:
              - {value: 8.33, source: "test chart", status: confirmed}
              - {value: 8.0, source: "test basket", status: unconfirmed}
        """;

    /// <summary>A national rulebook binding only Russia: cars to the target banned from 2017.</summary>
    public const string Ru = """
        format: tradewatch-rulebook/1
        rulebook:
          id: test-ru
          title: Test national rulebook
          authority: Test state
          targets: [PRK]
          jurisdiction: [RUS]
          version: "1"
          hs_revision: HS2017
          sources:
            - {id: s1, title: "test source", url: "https://example.org"}
        measures:
          - id: T-RU-CARS
            title: Cars to the target, Russian parties only
            citation: {instrument: "Test Decree", paragraph: "1", url: "https://example.org", status: confirmed}
            adopted: 2017-01-01
            effective: 2017-01-01
            direction: to_target
            type: ban
            scope:
              basis: hs
              hs_confidence: high
              include: ["8703"]
            status: confirmed
            sources: [s1]
        """;
}
