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
    [InlineData("on 18 and 19 May 2022 to review", "2022-05-18/2022-05-19")]
    [InlineData("the 24th and 25th of August 2017", "2017-08-24/2017-08-25")]
    [InlineData("Between 28 September and 28 October 2015", "2015-09-28/2015-10-28")]
    [InlineData("01/05/2017 - 30/06/2017 | Joint Period of Action", "2017-05-01/2017-06-30")]
    [InlineData("17.02.2014 - 19.02.2014 | AHG Technical Workshop", "2014-02-17/2014-02-19")]
    [InlineData("2018-09-25 | planning meeting", "2018-09-25")]
    [InlineData("Oct. 16-18, 2018 | Regional training", "2018-10-16/2018-10-18")]
    [InlineData("Tue 28 - Thu 30 January 2025", "2025-01-28/2025-01-30")]
    [InlineData("the programme ran from January to December 2013", "2013-01-01/2013-12-31")]
    [InlineData("a series of workshops, 2015 to 2017", "2015-01-01/2017-12-31")]
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
