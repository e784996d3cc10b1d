using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Tests;

public sealed class DateReaderTests
{
    [Theory]
    [InlineData("On 16 May 2018, members met", "2018-05-16")]
    [InlineData("Date: 14 - 16 May 2018", "2018-05-14/2018-05-16")]
    [InlineData("from 23-24 May 2017.", "2017-05-23/2017-05-24")]
    [InlineData("from 30 April - 2 May 2019.", "2019-04-30/2019-05-02")]
    [InlineData("10 November, 2020", "2020-11-10")]
    [InlineData("held in Bali, in March 2016.", "2016-03")]
    [InlineData("on June 12, 2019 in Colombo", "2019-06-12")]
    [InlineData("a roundtable in 2021.", "2021")]
    public void dates_as_the_documents_write_them_are_read_at_their_precision(string sentence, string expected)
    {
        Assert.Equal(expected, DateReader.FindAll(sentence)[0].Resolve()?.ToString());
    }

    [Fact]
    public void a_date_without_a_year_needs_one_from_elsewhere()
    {
        var mention = Assert.Single(DateReader.FindAll("convened in Bangkok over 18-21 November for a series of events"));

        Assert.False(mention.HasYear);
        Assert.Null(mention.Resolve());
        Assert.Equal("2024-11-18/2024-11-21", mention.Resolve(2024)?.ToString());
    }

    [Fact]
    public void years_inside_names_and_periods_are_not_dates()
    {
        Assert.Empty(DateReader.FindAll("the 2018 Ministerial Declaration and the Forward Work Plan 2017-19, and in 2017-2019"));
    }

    [Fact]
    public void a_day_that_does_not_exist_is_not_a_date() => Assert.Empty(DateReader.FindAll("on 31 April 2019"));
}
