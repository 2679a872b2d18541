namespace Tradewatch.Rules.Tests.Support;

/// <summary>
/// Golden files under Expectations/: on mismatch (or a missing file) the actual text is written beside it as
/// <c>.received.*</c> and the test fails; a human reviews it and renames it to accept.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        var dir = Path.Combine(RepoFiles.Root, "tests", "Tradewatch.Rules.Tests", "Expectations");
        var expectedPath = Path.Combine(dir, name);
        var received = Path.Combine(dir, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        if (File.Exists(expectedPath) && File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) == normalized)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, normalized);
        Assert.Fail($"{name} differs from the golden file; review {received} and rename it to accept");
    }
}
