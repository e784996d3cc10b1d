using BaliTimeline.Extraction.Names;

namespace BaliTimeline.Extraction.Tests;

public sealed class PlacesTests
{
    [Theory]
    [InlineData("Bangkok, Thailand", "Thailand")]
    [InlineData("Bangkok", "Thailand")]
    [InlineData("Nusa Dua, Bali", "Indonesia")]
    [InlineData("Bali, Indonesia", "Indonesia")]
    [InlineData("Indonesia", "Indonesia")]
    [InlineData("Hanoi, Vietnam", "Viet Nam")]
    [InlineData("Seoul", "Republic of Korea")]
    [InlineData("Geneva", "Switzerland")]
    public void a_place_is_in_the_country_it_names_or_its_city_lies_in(string place, string country) =>
        Assert.Equal(country, Places.CountryOf(place));

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("the Secretariat")]
    [InlineData("IOM")]
    [InlineData("")]
    [InlineData(null)]
    public void a_place_it_does_not_know_has_no_country(string? place) => Assert.Null(Places.CountryOf(place));
}
