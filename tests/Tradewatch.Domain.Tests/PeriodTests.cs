using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tradewatch.Domain;

namespace Tradewatch.Domain.Tests;

public sealed class PeriodTests
{
    private static Gen<Month> MonthGen =>
        from year in Gen.Choose(1950, 2100)
        from month in Gen.Choose(1, 12)
        select Month.Of(year, month);

    private static Arbitrary<Period> Periods =>
        (from a in MonthGen
         from length in Gen.Choose(0, 60)
         select Period.Between(a, a.AddMonths(length))).ToArbitrary();

    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("2017", "2017-01", "2017-12")]
        [InlineData("2017-03", "2017-03", "2017-03")]
        [InlineData("2017Q1", "2017-01", "2017-03")]
        [InlineData("2017q4", "2017-10", "2017-12")]
        [InlineData("2017-01..2017-05", "2017-01", "2017-05")]
        [InlineData("2015..2019", "2015-01", "2019-12")]
        [InlineData(" 2016Q2..2016Q3 ", "2016-04", "2016-09")]
        public void Should_Cover_The_Stated_Months(string text, string start, string end)
        {
            var period = Period.Parse(text);

            Assert.Equal(Month.Parse(start), period.Start);
            Assert.Equal(Month.Parse(end), period.End);
        }

        [Theory]
        [InlineData("")]
        [InlineData("17")]
        [InlineData("2017-13")]
        [InlineData("2017-00")]
        [InlineData("2017Q5")]
        [InlineData("2019..2015")]
        [InlineData("2017-05..2017-01")]
        [InlineData("2017/03")]
        [InlineData("Jan 2017")]
        [InlineData("1899")]
        public void Should_Reject_Malformed_Text(string text)
        {
            Assert.False(Period.TryParse(text, out _));
            var ex = Assert.Throws<FormatException>(() => Period.Parse(text));
            Assert.Equal($"expected a period (2017, 2017-03, 2017Q1, 2017-01..2017-05, 2015..2019), found '{text}'", ex.Message);
        }

        [Property]
        public Property Should_RoundTrip_Through_ToString() =>
            Prop.ForAll(Periods, p => Period.Parse(p.ToString()) == p);
    }

    public sealed class TheToStringMethod
    {
        [Theory]
        [InlineData("2017-01..2017-12", "2017")]
        [InlineData("2017-04..2017-06", "2017Q2")]
        [InlineData("2017-02..2017-04", "2017-02..2017-04")]
        [InlineData("2017-03..2017-03", "2017-03")]
        [InlineData("2015-01..2019-12", "2015..2019")]
        public void Should_Choose_The_Shortest_Form(string text, string expected) =>
            Assert.Equal(expected, Period.Parse(text).ToString());
    }

    public sealed class TheSetOperations
    {
        [Fact]
        public void Should_Intersect_Jan_May_With_The_First_Quarter()
        {
            var janMay = Period.Parse("2017-01..2017-05");

            Assert.Equal(Period.Quarter(2017, 1), janMay.Intersect(Period.Quarter(2017, 1)));
            Assert.Equal(Period.Parse("2017-04..2017-05"), janMay.Intersect(Period.Quarter(2017, 2)));
            Assert.Null(janMay.Intersect(Period.Year(2018)));
            Assert.True(Period.Year(2017).Contains(janMay));
            Assert.False(janMay.Contains(Period.Year(2017)));
        }

        [Fact]
        public void Should_Count_Days_Of_A_Leap_Year() =>
            Assert.Equal(366, Period.Year(2016).DayCount);

        [Property]
        public Property Intersection_Is_Contained_In_Both() =>
            Prop.ForAll(Periods, Periods, (a, b) =>
                a.Intersect(b) is not { } i || (a.Contains(i) && b.Contains(i) && a.Overlaps(b)));

        [Property]
        public Property Overlap_Is_Symmetric() =>
            Prop.ForAll(Periods, Periods, (a, b) => a.Overlaps(b) == b.Overlaps(a));

        [Property]
        public Property Months_Enumerates_MonthCount_Months() =>
            Prop.ForAll(Periods, p => p.Months.Count() == p.MonthCount && p.Months.All(p.Contains));

        [Property]
        public Property Previous_Year_Has_The_Same_Length() =>
            Prop.ForAll(Periods, p => p.PreviousYear().MonthCount == p.MonthCount && p.PreviousYear().Start.Year == p.Start.Year - 1);
    }
}
