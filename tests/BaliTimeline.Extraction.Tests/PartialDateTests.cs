using System.Text.Json;
using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2018-05-16", DatePrecision.Day, "2018-05-16", "2018-05-16")]
    [InlineData("2018-05", DatePrecision.Month, "2018-05-01", "2018-05-31")]
    [InlineData("2018", DatePrecision.Year, "2018-01-01", "2018-12-31")]
    [InlineData("2018-05-14/2018-05-16", DatePrecision.Range, "2018-05-14", "2018-05-16")]
    [InlineData("../2018-05-16", DatePrecision.NotAfter, "0001-01-01", "2018-05-16")]
    public void an_iso_date_at_any_precision_round_trips_with_its_bounds(string iso, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(iso);

        Assert.Equal((precision, DateOnly.Parse(earliest), DateOnly.Parse(latest), iso), (date.Precision, date.Earliest, date.Latest, date.ToString()));
        Assert.Equal($"\"{iso}\"", JsonSerializer.Serialize(date));
        Assert.Equal(date, JsonSerializer.Deserialize<PartialDate>($"\"{iso}\""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("May 2018")]
    [InlineData("2018-02-30")]
    [InlineData("2018-05-16/2018-05-14")]
    [InlineData("18")]
    public void anything_else_is_not_a_partial_date(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void a_range_of_one_day_is_that_day() => Assert.Equal(PartialDate.Day(2020, 11, 10), PartialDate.Range(new(2020, 11, 10), new(2020, 11, 10)));
}
