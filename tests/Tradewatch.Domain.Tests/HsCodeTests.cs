using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tradewatch.Domain;

namespace Tradewatch.Domain.Tests;

public sealed class HsCodeTests
{
    private static Arbitrary<HsCode> Codes =>
        (from level in Gen.Elements(2, 4, 6, 8, 10)
         from digits in Gen.ArrayOf(Gen.Choose(0, 9), level)
         from revision in Gen.Elements(Enum.GetValues<HsRevision>())
         select HsCode.Create(string.Concat(digits), revision)).ToArbitrary();

    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("270112", "270112", HsRevision.Unspecified)]
        [InlineData("HS2017:270112", "270112", HsRevision.HS2017)]
        [InlineData("H0:27", "27", HsRevision.HS1992)]
        [InlineData("HS92:0101", "0101", HsRevision.HS1992)]
        [InlineData("8703231940", "8703231940", HsRevision.Unspecified)]
        public void Should_Keep_Digits_And_Revision(string text, string digits, HsRevision revision)
        {
            var code = HsCode.Parse(text);

            Assert.Equal(digits, code.Digits);
            Assert.Equal(revision, code.Revision);
        }

        [Theory]
        [InlineData("2701 12")]
        [InlineData("27011")]
        [InlineData("1")]
        [InlineData("abc")]
        [InlineData("HS1990:2701")]
        [InlineData("27011234567")]
        public void Should_Reject_Malformed_Codes(string text) =>
            Assert.False(HsCode.TryParse(text, out _));

        [Property]
        public Property Should_RoundTrip_Through_ToString() =>
            Prop.ForAll(Codes, c => HsCode.Parse(c.ToString()) == c);
    }

    public sealed class TheHierarchy
    {
        [Fact]
        public void Should_Roll_A_National_Line_Up_To_Hs6()
        {
            var line = HsCode.Create("8703231940", HsRevision.HS2017);

            Assert.Equal(HsCode.Create("870323", HsRevision.HS2017), line.Hs6);
            Assert.Equal(HsCode.Create("8703", HsRevision.HS2017), line.Heading);
            Assert.Equal(HsCode.Create("87", HsRevision.HS2017), line.Chapter);
            Assert.Equal(HsCode.Create("87032319", HsRevision.HS2017), line.Parent);
        }

        [Fact]
        public void Should_Contain_By_Prefix_Within_One_Revision()
        {
            var coal = HsCode.Create("2701", HsRevision.HS2017);

            Assert.True(coal.Contains(HsCode.Create("270112", HsRevision.HS2017)));
            Assert.True(coal.Contains(HsCode.Create("270112")));
            Assert.False(coal.Contains(HsCode.Create("270210", HsRevision.HS2017)));
            Assert.False(coal.Contains(HsCode.Create("27", HsRevision.HS2017)));
            Assert.False(coal.Contains(HsCode.Create("270112", HsRevision.HS1992)));
        }

        [Fact]
        public void Should_Refuse_To_Order_Codes_Of_Different_Revisions()
        {
            var a = HsCode.Create("2701", HsRevision.HS1992);
            var b = HsCode.Create("2701", HsRevision.HS2017);

            Assert.NotEqual(a, b);
            var ex = Assert.Throws<ArgumentException>(() => a.CompareTo(b));
            Assert.StartsWith("Only HS codes of the same revision can be compared (HS1992 vs HS2017).", ex.Message);
        }

        [Property]
        public Property Every_Code_Is_Within_Its_Chapter() =>
            Prop.ForAll(Codes, c => c.IsWithin(c.Chapter) && c.Chapter.Level == 2);
    }

    public sealed class TheRepairMethod
    {
        [Theory]
        [InlineData("10111", 6, "010111")]
        [InlineData("1", 2, "01")]
        [InlineData("270112", 6, "270112")]
        [InlineData("1011", 6, "1011")]
        [InlineData("10111", 4, "10111")]
        public void Should_Pad_Only_One_Known_Missing_Zero(string raw, int declared, string expected) =>
            Assert.Equal(expected, HsCode.RepairLostLeadingZero(raw, declared));
    }
}
