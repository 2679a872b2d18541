namespace Tradewatch.Rules.Loading;

/// <summary>Every message text the loader and validator produce, in one place so tests can assert them exactly.</summary>
internal static class RuleMessages
{
    public static string Syntax(string detail) => $"YAML syntax error: {detail}";
    public static string UnknownKey(string key, IEnumerable<string> allowed) => $"unknown key '{key}' (expected one of: {string.Join(", ", allowed)})";
    public static string MissingKey(string key) => $"missing required key '{key}'";
    public static string ExpectedMapping(string found) => $"expected a mapping, found {found}";
    public static string ExpectedSequence(string found) => $"expected a list, found {found}";
    public static string ExpectedScalar(string found) => $"expected a scalar value, found {found}";
    public static string ExpectedEnum(IEnumerable<string> allowed, string found) => $"expected one of {string.Join("|", allowed)}, found '{found}'";
    public static string ExpectedDate(string found) => $"expected a date YYYY-MM-DD, found '{found}'";
    public static string ExpectedNumber(string found) => $"expected a number, found '{found}'";
    public static string ExpectedBool(string found) => $"expected true or false, found '{found}'";
    public static string ExpectedFormat(string expected, string found) => $"expected format '{expected}', found '{found}'";
    public static string ExpectedCountry(string found) => $"expected an ISO 3166 alpha-3 country code, found '{found}'";
    public static string ExpectedHsSelector(string found) => $"expected an HS selector (\"27\", \"2701\", \"270112\" or a range \"72-83\"), found '{found}'";
    public static string UnquotedHs(string found) => $"HS selector {found} must be quoted (\"{found}\") so that leading zeros survive";
    public static string RangeLevels(string text) => $"HS range '{text}' mixes levels; both ends must have the same number of digits";
    public static string RangeOrder(string text) => $"HS range '{text}' is reversed; the first code must not be greater than the last";
    public static string EmptyDocument => "the file is empty";

    // Semantic errors (validator).
    public static string HsNotInNomenclature(string selector, string revision) => $"HS selector '{selector}' is not in the {revision} nomenclature";
    public static string NoNomenclature(string revision) => $"no {revision} nomenclature is loaded to check HS selectors against";
    public static string EndsBeforeEffective(DateOnly ends, DateOnly effective) => $"ends {ends:yyyy-MM-dd} is before effective {effective:yyyy-MM-dd}";
    public static string WindDownBeforeEffective(DateOnly until, DateOnly effective) => $"wind_down until {until:yyyy-MM-dd} is before effective {effective:yyyy-MM-dd}";
    public static string DuplicateId(string kind, string id, string first) => $"duplicate {kind} id '{id}' (first defined at {first})";
    public static string CapWithoutUnit => "cap limit has no unit (USD, t or barrels)";
    public static string CapWithoutPeriod => "cap has no period (calendar_year, twelve_months, quarter or fixed)";
    public static string CapWithoutAmount => "cap limit has neither an amount nor a baseline";
    public static string CapMeasureWithoutCaps => "measure of type cap has no caps";
    public static string CapWithoutCombine => "cap has two or more limits but no 'combine' (whichever_is_lower or equivalent_units)";
    public static string ReportingWithoutDuties => "measure of type reporting has no reporting duties";
    public static string FixedPeriodWithoutEnd => "fixed cap period has no end";
    public static string UnknownMeasure(string id) => $"exemption names unknown measure '{id}'";
    public static string UnknownSupersededBy(string id) => $"superseded_by names unknown measure '{id}'";
    public static string UnknownSource(string id) => $"unknown source id '{id}' (not in rulebook.sources)";
    public static string UnknownCheckpointRef(string id) => $"timeline checkpoint names unknown measure '{id}'";
    public static string OverlappingSelectors(string a, string b, string firstPath) => $"HS selector '{b}' overlaps '{a}' already written at {firstPath}";
    public static string HsScopeWithoutSelectors => "scope with basis hs has no include selectors";
    public static string ActivityWithoutText => "scope with basis activity has no 'activity'";
    public static string UnknownEffectiveButConfirmed => "effective is unknown but dates_status is not unconfirmed";
    public static string WindDownTestWithoutWindow(string exemption, string measure) => $"exemption '{exemption}' tests a wind-down but measure '{measure}' has no wind_down";
}
