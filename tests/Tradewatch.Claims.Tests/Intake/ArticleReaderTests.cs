using System.Text;
using Tradewatch.Claims.Intake;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Tests.Intake;

public class ArticleReaderTests
{
    public class TheFromBytesMethod
    {
        [Fact]
        public void Should_Drop_Utf8_Bom()
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Exports rose to $5 million.")).ToArray();
            Assert.Equal("Exports rose to $5 million.", ArticleReader.FromBytes(bytes, "a.txt").Text);
        }

        [Fact]
        public void Should_Fall_Back_To_Windows1252_When_Not_Utf8()
        {
            // 0x92 is a right single quote and 0xA0 a no-break space in Windows-1252; neither is valid UTF-8 here.
            byte[] bytes = [.. Encoding.ASCII.GetBytes("Russia"), 0x92, .. Encoding.ASCII.GetBytes("s exports")];
            Assert.Equal("Russia’s exports", ArticleReader.FromBytes(bytes, "a.txt").Text);
        }

        [Fact]
        public void Should_Reject_Input_Over_The_Size_Limit_With_A_Located_Message()
        {
            var ex = Assert.Throws<InputException>(() => ArticleReader.FromBytes(new byte[2000], "big.txt", new ArticleReaderOptions { MaxBytes = 1000 }));
            Assert.Equal("big.txt:1:1: article is 2,000 bytes, more than the 1,000-byte limit; pass a single article (plain text or HTML)", ex.Errors.Single().ToString());
        }
    }

    public class TheFromTextMethod
    {
        [Fact]
        public void Should_Keep_Main_Text_And_Drop_Scripts_Comments_And_Furniture_When_Html()
        {
            var html = """
                <!DOCTYPE html><html><head><title>Trade falls</title>
                <meta property="article:published_time" content="2017-11-23T08:00:00Z"><script>var x = "$9 million";</script></head>
                <body><nav>Home | World</nav><!-- ad: $1 billion --><article><h1>Trade falls</h1>
                <p>China&rsquo;s trade with North Korea fell to US$334.9 million in October, its lowest since February, data showed on Thursday.</p>
                <p>Exports plunged to US$244.2 million.</p></article><footer>Copyright $5 million</footer></body></html>
                """;
            var article = ArticleReader.FromText(html, "p.html");
            Assert.Contains("China’s trade with North Korea fell to US$334.9 million in October", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("$9 million", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("$1 billion", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
            Assert.Equal("Trade falls", article.Title);
            Assert.Equal(new DateOnly(2017, 11, 23), article.Date);
            Assert.Equal(DateBasis.Stated, article.DateBasis);
        }

        [Theory]
        [InlineData("Wednesday, October 18, 2017\n\nOnly One Percent of Trade Affected\n\nText.", "2017-10-18")]
        [InlineData("Title\n\n    July 25, 2017 11:52\n\n    Russia has doubled exports.", "2017-07-25")]
        [InlineData("PUBLISHED : Thursday, 23 November, 2017, 4:52pm\n\nBody.", "2017-11-23")]
        public void Should_Read_A_Stated_Publication_Date(string text, string expected)
        {
            var article = ArticleReader.FromText(text);
            Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.Date);
            Assert.Equal(DateBasis.Stated, article.DateBasis);
        }

        [Fact]
        public void Should_Keep_Crlf_Text_As_Is_So_Spans_Index_The_File()
        {
            var text = "Title: Trade rose\r\nDate: 2017-07-25\r\n\r\nRussian exports to North Korea amounted to US$48 million in the first five months this year.\r\n";
            var document = ClaimExtractor.Default.Extract(ArticleReader.FromText(text));
            var claim = Assert.Single(document.Claims);
            Assert.Equal("Russian exports to North Korea amounted to US$48 million in the first five months this year", text[claim.Span.Start..claim.Span.End]);
            Assert.Equal("2017-01..2017-05", claim.Period.ToString());
        }

        [Fact]
        public void Should_Prefer_A_Given_Date()
        {
            var article = ArticleReader.FromText("July 25, 2017\n\nText.", null, new ArticleReaderOptions { Date = new DateOnly(2018, 1, 2) });
            Assert.Equal((new DateOnly(2018, 1, 2), DateBasis.Given), (article.Date!.Value, article.DateBasis));
        }

        [Fact]
        public void Should_Infer_The_Year_After_The_Latest_Past_Year_When_Undated()
        {
            var article = ArticleReader.FromText("Trade stood at $69 million in 2016. Ferries leave for Rason on May 10.");
            Assert.Equal((new DateOnly(2017, 5, 10), DateBasis.Inferred), (article.Date!.Value, article.DateBasis));
        }

        [Fact]
        public void Should_Read_Header_Lines_As_Metadata_And_Keep_The_Title_As_Text()
        {
            var text = "Title: Trade dips 22 percent\nDate: 2016-10-22 (stated)\nSource URL: https://x/1\n\nBody text.";
            var article = ArticleReader.FromText(text);
            Assert.Equal("Trade dips 22 percent", article.Title);
            Assert.Equal(new DateOnly(2016, 10, 22), article.Date);
            Assert.Equal("Trade dips 22 percent", text[article.TitleSpan!.Value.Start..article.TitleSpan.Value.End]);
            Assert.Equal(3, article.MetadataSpans.Count);
        }

        [Fact]
        public void Should_Treat_Unknown_Keys_Inside_A_Header_Block_As_Metadata_But_Not_A_Dateline()
        {
            var header = ArticleReader.FromText("Title: T\nUpdated: 2019-01-02, figures in $ million\n\nBody.");
            Assert.Equal(2, header.MetadataSpans.Count);
            Assert.Empty(ArticleReader.FromText("SEOUL: North Korea's trade rose 5 percent.").MetadataSpans);
        }

        [Fact]
        public void Should_Mark_A_Header_Date_Inferred_When_It_Says_So()
        {
            var article = ArticleReader.FromText("Date: not stated in the text; inferred 2018-07-13\n\nBody.");
            Assert.Equal((new DateOnly(2018, 7, 13), DateBasis.Inferred), (article.Date!.Value, article.DateBasis));
        }
    }
}
