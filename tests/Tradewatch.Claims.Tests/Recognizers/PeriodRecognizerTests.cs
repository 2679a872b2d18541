using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Recognizers.Periods;
using Tradewatch.Claims.Tests.Support;

namespace Tradewatch.Claims.Tests.Recognizers;

public class PeriodRecognizerTests
{
    private static readonly DateOnly s_july2017 = new(2017, 7, 25);

    [Theory]
    [InlineData("in the first five months this year", "2017-01..2017-05")]
    [InlineData("in the first four months of the year", "2017-01..2017-04")]
    [InlineData("in the January-March quarter", "2017Q1")]
    [InlineData("in January–November 2019", "2019-01..2019-11")]
    [InlineData("trade in 2016 was", "2016")]
    [InlineData("exports last year were", "2016")]
    [InlineData("this year", "2017")]
    [InlineData("in October", "2016-10")]
    [InlineData("in March", "2017-03")]
    [InlineData("in October last year", "2016-10")]
    [InlineData("in August 2020", "2020-08")]
    [InlineData("by April", "2017-01..2017-04")]
    [InlineData("dips 22 percent through Aug.", "2016-01..2016-08")]
    [InlineData("through May.", "2017-01..2017-05")]
    [InlineData("So far this year, Russia", "2017-01..2017-07")]
    [InlineData("between January 1 and May 30", "2017-01..2017-05")]
    [InlineData("in the first quarter of 2018", "2018Q1")]
    [InlineData("in the first half", "2017-01..2017-06")]
    [InlineData("from 2015 to 2019", "2015..2019")]
    public void Should_Resolve_Period_Against_Article_Date(string text, string expected)
    {
        var found = Recognize.With<PeriodMention>(new PeriodRecognizer(), text, s_july2017).Where(p => p.Mention.Role != PeriodRole.Ignore).ToList();
        var (mention, _) = Assert.Single(found);
        Assert.Equal(expected, mention.Period?.ToString());
    }

    [Theory]
    [InlineData("in the fourth quarter", "2018Q4")]
    [InlineData("in the first 11 months of the year", "2018-01..2018-11")]
    [InlineData("in the first 11 months of this year", "2019-01..2019-11")]
    public void Should_Take_The_Last_Finished_Span_When_No_Year_Is_Given(string text, string expected)
    {
        var found = Recognize.With<PeriodMention>(new PeriodRecognizer(), text, new DateOnly(2019, 2, 10)).Where(p => p.Mention.Role != PeriodRole.Ignore).ToList();
        Assert.Equal(expected, Assert.Single(found).Mention.Period?.ToString());
    }

    [Theory]
    [InlineData("from a year earlier")]
    [InlineData("in the same period last year")]
    [InlineData("compared to 2019")]
    [InlineData("less than in the previous year")]
    [InlineData("surged 94 percent on-year")]
    public void Should_Mark_Comparison_Bases(string text)
    {
        var (mention, _) = Assert.Single(Recognize.With<PeriodMention>(new PeriodRecognizer(), text, s_july2017));
        Assert.Equal(PeriodRole.Comparison, mention.Role);
    }

    [Theory]
    [InlineData("tested a missile on July 4")]
    [InlineData("declining since 2014")]
    [InlineData("the lowest since February")]
    [InlineData("came into force on September 5")]
    public void Should_Ignore_Event_Dates(string text) =>
        Assert.All(Recognize.With<PeriodMention>(new PeriodRecognizer(), text, s_july2017), p => Assert.Equal(PeriodRole.Ignore, p.Mention.Role));

    [Fact]
    public void Should_Leave_Relative_Periods_Unresolved_When_Date_Is_Unknown()
    {
        var found = Recognize.With<PeriodMention>(new PeriodRecognizer(), "Exports last year rose.\n\nno date here");
        Assert.All(found, p => Assert.Null(p.Mention.Period));
    }
}
